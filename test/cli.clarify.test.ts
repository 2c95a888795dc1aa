/**
 * Clarify on the command line, as a real process (issue 11, part 3): `ask --jsonl` carries the
 * contract's `clarify` list in the JSON and the next line of the same user picks by number; the
 * terminal chat lists the options numbered. No model here: the clause search's own doubts ask.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));
const cli = (args: string[], input: string) => spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 90_000 });
/** A process that loads nodejieba: seconds alone, longer on a loaded machine. */
const SPAWN = 120_000;

// Words common to many clauses: several close, faint hits.
const VAGUE = '企业创新服务';

describe('policy-bot ask --jsonl', () => {
  it('carries clarify in the JSON, and "3" on the next line of that user picks option 3', () => {
    const lines = [{ user: 'a', text: VAGUE }, { user: 'b', text: '3' }, { user: 'a', text: '3' }].map((l) => JSON.stringify(l)).join('\n');
    const r = cli(['ask', '--jsonl', '--as-of', '2021-06-30'], `${lines}\n`);
    expect(r.status, r.stderr).toBe(0);
    const [offer, other, picked] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(offer.clarify).toEqual([
      { label: '引导社会资本投入（第13条）', citation: 'item-13' },
      { label: '鼓励企业拓宽融资渠道（第14条）', citation: 'item-14' },
      { label: '培育壮大科技型企业（第6条）', citation: 'item-6' },
    ]);
    expect(offer).toMatchObject({ citations: [], amounts: [], outOfScope: false });
    expect(other.citations[0]).not.toBe('item-6');
    expect(picked.citations[0]).toBe('item-6');
    expect(picked.clarify).toBeUndefined();
  }, SPAWN);
});

describe('policy-bot (chat)', () => {
  it('lists the options numbered, and the number typed next answers it', () => {
    const r = cli(['--as-of', '2021-06-30'], `${VAGUE}\n第二个\n`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1. 引导社会资本投入（第13条）\n2. 鼓励企业拓宽融资渠道（第14条）\n3. 培育壮大科技型企业（第6条）');
    expect(r.stdout).toContain('依据：第14条（item-14）');
  }, SPAWN);
});
