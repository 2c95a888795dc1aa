import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba's dictionaries cost ~1 s and ~260 MB per worker; two workers match the 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
    // Backstops for a hang, not speed bounds (those live in npm run bench): on a 2-core machine
    // shared with other CPU-heavy work, a test whose first answer loads nodejieba took 30–90 s and
    // failed at the old 20 s on a run where nothing was wrong. A test that hangs still fails.
    testTimeout: 120_000,
    // Tests that look at the conversation log turn it on with a folder of their own; the rest must
    // not write into the checkout's data/log (a bin a test starts inherits this).
    env: { POLICY_LOG: 'off' },
    hookTimeout: 180_000,
    // Prints the one line saying the Redis tests were skipped, when redis-server is missing.
    globalSetup: ['test/redisSetup.ts', 'test/tmpSetup.ts'],
  },
});
