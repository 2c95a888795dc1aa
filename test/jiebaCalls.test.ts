/**
 * A process that did not start nodejieba's thread early (Slack, WeChat, the bench) loads it in its
 * own thread: a call through the thread costs a cross-thread hand-off several times the cut itself.
 */
import { describe, expect, it } from 'vitest';
import { jiebaStarted } from '../src/search/jiebaThread.js';
import { lexicon, segment } from '../src/search/segment.js';

describe('which nodejieba the segmenter calls', () => {
  it('loads it in this thread when no early start asked for the thread', () => {
    lexicon();
    expect(jiebaStarted()).toBe(false);
    expect(segment('博士购房补贴')).toContain('博士');
  });
});
