/**
 * npm run bench:converge: how long a piecemeal chat takes to reach a verdict on the doctoral
 * housing subsidy (第17条, phd-first-home), in turns and in characters (issue 11, part 6).
 *
 * Each conversation is fixed: the asker tells one fact a message, in their own order or by a bare
 * "是" to whatever was asked last, and every turn goes through respond() as a channel would send it.
 * A verdict is the first answer whose verdict line for the benefit is no longer undetermined.
 * Characters are counted twice: the contract's `answer` text, and what WeChat sends (the rendered
 * messages, which add the questions, amounts, the basis and the validity note).
 */
import { createResponder } from '../src/bot.js';
import { renderWechat } from '../src/answer/render/wechat.js';
import type { Answer } from '../src/answer/types.js';

const BENEFIT = 'phd-first-home';
const AS_OF = '2020-06-01';
/** Beyond this many turns the conversation is said not to converge. */
const MAX_TURNS = 12;

const conversations: [string, string[]][] = [
  ['one fact a message, in the asker\'s order', [
    '博士买房有补贴吗', '全日制的', '我是新落户盘锦的', '在盘锦工作', '房子在盘锦买的', '是首套',
  ]],
  ['a bare "是" to each question asked', ['博士买房有补贴吗', '是', '是', '是', '是', '是', '是', '是']],
  ['several facts in one message', ['博士买房有补贴吗', '全日制的，新落户，在盘锦上班', '房子在盘锦买的，首套']],
];

interface Run { turns: number | null; answerChars: number; wechatChars: number; wechatMessages: number; fullBlocks: number }

function decided(answer: Answer): boolean {
  const line = answer.parts?.lines.find((l) => l.kind === 'verdict' && l.benefit === BENEFIT);
  return line !== undefined && line.status !== 'undetermined';
}

function play(turns: string[]): Run {
  const respond = createResponder({ now: () => new Date(`${AS_OF}T04:00:00Z`) });
  const run: Run = { turns: null, answerChars: 0, wechatChars: 0, wechatMessages: 0, fullBlocks: 0 };
  for (const [i, text] of turns.slice(0, MAX_TURNS).entries()) {
    const answer = respond('bench-converge', text, { asOf: AS_OF });
    const wechat = renderWechat(answer);
    run.answerChars += [...answer.answer].length;
    run.wechatChars += wechat.reduce((n, m) => n + [...m].length, 0);
    run.wechatMessages += wechat.length;
    if (answer.parts?.lines.some((l) => l.kind === 'verdict' && l.benefit === BENEFIT)) run.fullBlocks++;
    if (decided(answer)) {
      run.turns = i + 1;
      break;
    }
  }
  return run;
}

console.log(`turns and characters to a verdict on ${BENEFIT}, as of ${AS_OF}`);
console.log('conversation                               turns  answer chars  WeChat chars  WeChat msgs  verdict blocks');
for (const [name, turns] of conversations) {
  const r = play(turns);
  const to = r.turns === null ? `none in ${turns.length}` : String(r.turns);
  console.log(`${name.padEnd(42)} ${to.padStart(5)} ${String(r.answerChars).padStart(13)} ${String(r.wechatChars).padStart(13)} ${String(r.wechatMessages).padStart(12)} ${String(r.fullBlocks).padStart(15)}`);
}
