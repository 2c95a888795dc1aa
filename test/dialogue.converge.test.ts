/**
 * Conversations that converge (issue 11, part 6): one question at a time, the most decisive first;
 * an answer to any open question, several facts in one message; no stated fact asked again; later
 * turns say only what changed, and the full verdict block comes once the outcome is decided.
 */
import { describe, expect, it } from 'vitest';
import { createResponder } from '../src/bot.js';
import { FACTS, listRules, type FactName, type Outcome, type Rule } from '../src/calculator/index.js';
import { renderSlack } from '../src/answer/render/slack.js';
import { renderText } from '../src/answer/render/text.js';
import { renderWechat } from '../src/answer/render/wechat.js';
import type { Answer } from '../src/answer/types.js';
import { followUpFacts } from '../src/dialogue/intents/questionOrder.js';
import { SessionStore } from '../src/dialogue/session.js';
import { turn } from '../src/dialogue/turn.js';

const asOf = '2020-06-01';
const HOME = 'phd-first-home';
const question = (fact: FactName) => FACTS[fact].question;

function chat() {
  const respond = createResponder();
  return (text: string) => respond('u', text, { asOf });
}

/** How often `part` occurs in `text`. */
const times = (text: string, part: string) => text.split(part).length - 1;

const status = (a: Answer, benefit = HOME) => a.parts?.lines.find((l) => l.kind === 'verdict' && l.benefit === benefit)?.status;

describe('followUpFacts', () => {
  const open = (...missing: FactName[]) => ({ missing: missing.map((fact) => ({ fact, question: question(fact) })) }) as unknown as Outcome;

  it('asks first the fact the most open benefits are missing', () => {
    const order = followUpFacts([open('newlySettled', 'fullTime'), open('graduationDate', 'fullTime')]).map((m) => m.fact);
    expect(order[0]).toBe('fullTime');
  });

  it('breaks ties in the order of knowledge/facts.json, not in the order a rule lists its conditions', () => {
    const order = followUpFacts([open('firstHome', 'newlySettled', 'fullTime')]).map((m) => m.fact);
    expect(order).toEqual(['fullTime', 'newlySettled', 'firstHome']);
  });
});

describe('one question at a time', () => {
  it('asks one question, in the answer\'s own words, and no channel says it twice', () => {
    const first = chat()('博士买房有补贴吗');
    expect(first.followUp).toEqual([question('fullTime')]);
    expect(first.answer).toContain(question('fullTime'));
    const slack = JSON.stringify(renderSlack(first).blocks);
    for (const text of [renderWechat(first).join('\n'), renderText(first), slack]) expect(times(text, question('fullTime'))).toBe(1);
  });

  it('asks first what two open benefits both need', () => {
    const a = chat()('我是博士，有哪些补贴');
    expect(a.followUp).toEqual([question('fullTime')]);
  });

  it('still lists a question the text does not ask, for answers built elsewhere', () => {
    const answer: Answer = {
      user: 'u', answer: '要判断您能否享受，还需要了解几点。', citations: [], amounts: [], outOfScope: false,
      followUp: [question('fullTime')], validity: { from: '2019-07-04', to: '2021-12-31', inForce: true, asOf },
    };
    expect(renderWechat(answer).join('\n')).toContain(question('fullTime'));
    expect(renderText(answer)).toContain(question('fullTime'));
  });
});

describe('answers to open questions', () => {
  it('takes a bare "是" as the answer to the question asked', () => {
    const say = chat();
    say('博士买房有补贴吗');
    const a = say('是');
    expect(a.answer).toContain(FACTS.fullTime.yes!);
    expect(a.followUp).toEqual([question('newlySettled')]);
  });

  it('takes an answer to a question not yet asked, and keeps asking the one that was', () => {
    const say = chat();
    say('博士买房有补贴吗');
    const a = say('房子在盘锦买的');
    expect(a.answer).toContain(FACTS.buyingHomeInPanjin.yes!);
    expect(a.followUp).toEqual([question('fullTime')]);
  });

  it('reads several facts from one message', () => {
    const say = chat();
    say('博士买房有补贴吗');
    const a = say('全日制的，去年毕业，房子在盘锦买的');
    for (const said of [FACTS.fullTime.yes!, FACTS.buyingHomeInPanjin.yes!, '毕业时间']) expect(a.answer).toContain(said);
    expect(a.followUp).toEqual([question('newlySettled')]);
  });

  it('does not read a bare "是" after a question for a date as the answer to another question', () => {
    const say = chat();
    say('全日制博士创业有补贴吗');
    const asked = say('第一次在盘锦创业');
    expect(asked.followUp).toEqual([question('graduationDate')]);
    const a = say('是');
    expect(a.followUp).toEqual([question('graduationDate')]);
  });
});

describe('a reply no reader understands', () => {
  it('asks the open question again instead of calling it out of scope, and the conversation goes on', () => {
    const say = chat();
    say('博士买房有补贴吗');
    say('全日制的');
    const unclear = say('不知道');
    expect(unclear.outOfScope).toBe(false);
    expect(unclear.followUp).toEqual([question('newlySettled')]);
    expect(unclear.answer).toContain(question('newlySettled'));
    const next = say('是');
    expect(next.answer).toContain(FACTS.newlySettled.yes!);
    expect(next.followUp).toEqual([question('employedInPanjin')]);
  });

  it('asks no question again when none is open', () => {
    // With nothing open the reply answers no question: whatever the bot says (a clarify list or
    // out of scope), it asks nothing back and grants nothing.
    const a = chat()('不知道');
    expect(a.followUp).toEqual([]);
    expect(a.amounts).toEqual([]);
  });
});

describe('later turns say only what changed', () => {
  const turns = ['博士买房有补贴吗', '全日制的', '是', '在盘锦工作', '房子在盘锦买的', '是首套'];

  it('says the verdict block when the benefit is first answered and once more when it is decided', () => {
    const say = chat();
    const answers = turns.map(say);
    const blocks = answers.filter((a) => a.parts?.lines.some((l) => l.kind === 'verdict'));
    expect(blocks).toEqual([answers[0], answers.at(-1)]);
    expect(status(answers.at(-1)!)).toBe('eligible');
    expect(answers.at(-1)!.amounts).toEqual([expect.objectContaining({ yuan: 120000, entitlement: HOME })]);
    expect(answers.at(-1)!.amounts[0]!.conditional).toBeUndefined();
  });

  it('answers a middle turn in one line: the facts recorded and the next question', () => {
    const say = chat();
    say(turns[0]!);
    const a = say(turns[1]!);
    expect(a.answer).toBe(`好的，已记录：${FACTS.fullTime.yes!}。还需确认：${question('newlySettled')}`);
    // The contract's fields are those of the full answer: the clause, the amount hanging on the questions.
    expect(a.citations).toEqual(['item-17']);
    expect(a.amounts).toEqual([expect.objectContaining({ yuan: 120000, conditional: true })]);
    expect(a.followUp).toEqual([question('newlySettled')]);
    expect(renderWechat(a)).toHaveLength(1);
    expect([...renderWechat(a)[0]!].length).toBeLessThan(80);
  });

  it('says the full verdict at once when a fact rules the benefit out', () => {
    const say = chat();
    say('博士买房有补贴吗');
    const a = say('不是全日制的');
    expect(status(a)).toBe('ineligible');
    expect(a.followUp).toEqual([]);
    expect(a.amounts.map((x) => x.yuan)).not.toContain(120000);
  });

  it('answers in full a message that gives a fact and asks the amount again', () => {
    const say = chat();
    say('博士买房有补贴吗');
    const a = say('我是全日制的，能拿多少');
    expect(status(a)).toBe('undetermined');
    expect(a.answer).toContain('12万元');
  });
});

describe('a stated fact is never asked again', () => {
  /** A bare reply that meets the rule's condition on the fact (the value it requires, a date in the period). */
  function meets(rule: Rule, fact: FactName): string {
    const info = FACTS[fact];
    const c = rule.conditions.find((x) => x.fact === fact) as { value?: unknown; values?: string[] } | undefined;
    const wanted = c?.value ?? c?.values?.[0];
    if (info.kind === 'boolean') return wanted === false ? '不是' : '是';
    if (info.kind === 'date') return '2020年3月5日';
    if (info.kind === 'number') return info.unit === '元' ? '100万元' : info.unit === '%' ? '4.35%' : `${typeof wanted === 'number' ? wanted : 5}年`;
    return info.values?.[String(wanted)] ?? Object.values(info.values ?? {})[0]!;
  }

  it.each(listRules().map((r) => [r.id, r] as const))('walking %s, every question asks a fact not yet in the session', (_id, rule) => {
    const store = new SessionStore();
    const session = store.get('walker');
    session.topic = { clauses: [rule.clause], benefits: [rule.id], specific: true };
    const asked = new Set<string>();
    let text = '我能申请吗';
    for (let i = 0; i < 12; i++) {
      const { answer, next } = turn('walker', text, session, asOf);
      Object.assign(session, next);
      const fact = session.pending[0] as FactName | undefined;
      if (!answer.followUp.length || !fact) break;
      expect(session.facts, `asks ${fact} again after "${text}"`).not.toHaveProperty(fact);
      expect(asked.has(answer.followUp[0]!), `repeats "${answer.followUp[0]}"`).toBe(false);
      asked.add(answer.followUp[0]!);
      text = meets(rule, fact);
    }
  });

  const statements: [FactName, string][] = [
    ['fullTime', '全日制的'], ['newlySettled', '我是新落户的'], ['employedInPanjin', '在盘锦上班'],
    ['buyingHomeInPanjin', '房子在盘锦买的'], ['firstHome', '是首套房'],
  ];
  const orders = (xs: typeof statements): (typeof statements)[] =>
    xs.length <= 1 ? [xs] : xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));

  it('never asks for a fact of the housing subsidy already told, in any order of telling', () => {
    for (const order of orders(statements)) {
      const say = chat();
      let a = say('博士买房有补贴吗');
      const told = new Set<FactName>();
      for (const [fact, text] of order) {
        for (const t of told) expect(a.followUp, order.map(([, s]) => s).join(' / ')).not.toContain(question(t));
        a = say(text);
        told.add(fact);
      }
      expect(status(a)).toBe('eligible');
    }
  });

  it('keeps facts told beside a question another listener answers', () => {
    const say = chat();
    say('我是全日制博士，新落户的，第17条讲什么');
    const a = say('买房有补贴吗');
    expect(a.followUp).not.toContain(question('degree'));
    expect(a.followUp).not.toContain(question('fullTime'));
    expect(a.followUp).not.toContain(question('newlySettled'));
  });
});
