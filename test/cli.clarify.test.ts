/**
 * Clarify on the command line, as a real process (issue 11, part 3): `ask --jsonl` carries the
 * contract's `clarify` list in the JSON and the next line of the same user picks by number; the
 * terminal chat lists the options numbered. The bot as shipped: its ranking, or the clause search when no model runs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));
const cli = (args: string[], input: string) => spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 90_000 });
/** A process that loads nodejieba: seconds alone, longer on a loaded machine. */
const SPAWN = 120_000;

// Vague questions the bot as shipped cannot place: the first that gets a list of at least two
// clauses in-process is the one put to the real process. Which of them the model is unsure of moves
// with every retrain (issue 11's own example, 请专家进厂解决卡脖子难题, is answered outright as
// 院士专家工作站 since the bank learned its situation words); the plumbing under test does not.
const VAGUE = ['技术方面的事', '企业技术方面有啥支持', '搞研发', '科技方面的支持', '技术难题咋办', '请专家进厂解决卡脖子难题'];
const UNSURE = VAGUE.find((text) => {
  const offers = createResponder()('probe', text, { asOf: '2021-06-30' }).clarify ?? [];
  return offers.length >= 2 && offers.every((o) => /^(item|sec)-/.test(o.citation));
}) ?? VAGUE[0]!;

describe('policy-bot ask --jsonl', () => {
  it('carries clarify in the JSON, and "2" on the next line of that user picks option 2', () => {
    const lines = [{ user: 'a', text: UNSURE }, { user: 'b', text: '2' }, { user: 'a', text: '2' }].map((l) => JSON.stringify(l)).join('\n');
    const r = cli(['ask', '--jsonl', '--as-of', '2021-06-30'], `${lines}\n`);
    expect(r.status, r.stderr).toBe(0);
    const [offer, other, picked] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(offer.clarify.length).toBeGreaterThanOrEqual(2);
    expect(offer.clarify.length).toBeLessThanOrEqual(3);
    for (const o of offer.clarify) expect(o).toEqual({ label: expect.stringMatching(/（第.+）$/), citation: expect.stringMatching(/^(item|sec)-/) });
    expect(offer).toMatchObject({ citations: [], amounts: [], outOfScope: false });
    expect(offer.answer).toContain(`1. ${offer.clarify[0].label}\n2. ${offer.clarify[1].label}`);
    expect(other.citations[0] ?? null).not.toBe(offer.clarify[1].citation);
    expect(picked.citations[0]).toBe(offer.clarify[1].citation);
    expect(picked.clarify).toBeUndefined();
  }, SPAWN);
});

describe('policy-bot (chat)', () => {
  it('lists the options numbered, and the number typed next answers it', () => {
    const r = cli(['--as-of', '2021-06-30'], `${UNSURE}\n第二个\n`);
    expect(r.status, r.stderr).toBe(0);
    const second = /\n2\. (.+)（(第(\d+)条|第.部分第\d项)）\n/.exec(r.stdout);
    expect(second, r.stdout).not.toBeNull();
    expect(r.stdout).toContain(`依据：${second![2]}`);
  }, SPAWN);
});
