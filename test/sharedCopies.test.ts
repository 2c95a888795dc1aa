import { describe, expect, it } from 'vitest';
import { CONTRACT, PUBLISHED_POLICY, SHARED_EXAMPLES, read } from './sharedCopies.js';

describe.each([
  ['the published policy', PUBLISHED_POLICY],
  ['the shared example questions', SHARED_EXAMPLES],
  ['the public contract', CONTRACT],
])('the repository copy of %s', (_name, copy) => {
  it.skipIf(copy.shared === null)('is identical to the one in ../shared/', () => {
    expect(read(copy.local)).toBe(read(copy.shared!));
  });
});
