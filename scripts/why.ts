/**
 * Why a message got its answer: the model's ranking and band, every listener asked with its score,
 * the one chosen and the answer's first line. For working on the bank and the listeners:
 *   npx tsx scripts/why.ts "message" … (or one message a line on stdin)
 */
import { readFileSync } from 'node:fs';
import { choose } from '../src/dialogue/listeners/choose.js';
import { LISTENERS } from '../src/dialogue/listeners/index.js';
import { turn } from '../src/dialogue/turn.js';
import { understand } from '../src/understand/index.js';
import type { Session } from '../src/dialogue/session.js';

const AS_OF = '2021-06-30';
const texts = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
for (const text of texts) {
  const session: Session = { facts: {}, topic: null, pending: [], offer: [], lastSeen: 0 };
  const out = turn('why', text, session, AS_OF);
  const p = understand(text, { asOf: AS_OF, topic: null, pending: [] });
  const { asked } = choose(LISTENERS, p, { user: 'why', session, asOf: AS_OF, validity: out.answer.validity as never, facts: {} } as never);
  const cands = p.ranking.candidates.slice(0, 3).map((c) => `${c.target} ${c.score.toFixed(2)}`).join(', ');
  const matches = asked.filter((a) => a.match).map((a) => `${a.name} ${a.match!.score.toFixed(2)}`).join(', ');
  const verdict = out.answer.outOfScope ? 'OOS' : out.answer.clarify?.length ? 'CLARIFY' : out.answer.citations[0] ?? '(none)';
  console.log(`${verdict.padEnd(8)} ${text}\n         [${p.ranking.band}] ${cands}\n         ${out.intent} ← ${matches}`);
}
