/**
 * vitest globalSetup: says once, visibly, when the Redis tests cannot run here, and why. Under
 * CI=true they are required, and the missing server fails the run instead.
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0) return;
  if (process.env.CI === 'true') throw new Error('redis-server is required under CI=true (.ci/run installs it: apt-get install redis-server)');
  process.stdout.write('\n⚠ Redis tests skipped: redis-server is not installed (apt-get install redis-server to run them)\n\n');
}
