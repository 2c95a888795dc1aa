/**
 * A clause-number answer loads only what it needs (issue 13, "a one-process start"): not
 * nodejieba, not the trained model, not OpenCC's tables. Run through the bin as a user runs it
 * (dist/ when built), and from the sources, where every package an ES module imports is seen by
 * name, with a preload (test/fixtures/traceLoads.mjs) that reports the files read and the modules
 * loaded. A free-text question in traditional characters is the control: it does load nodejieba,
 * the model and OpenCC, so the trace can see them.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mayNeedJieba } from '../src/search/jiebaEarly.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));
const trace = fileURLToPath(new URL('./fixtures/traceLoads.mjs', import.meta.url));

interface Loads { answer: string; files: string[]; modules: string[] }

const ENTRIES = {
  'the bin': [bin],
  'the sources': ['--import', 'tsx', 'adapters/cli/main.ts'],
};

function ask(entry: string[], question: string): Loads {
  const run = spawnSync(process.execPath, ['--import', trace, ...entry, 'ask', question], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const line = run.stderr.split('\n').find((l) => l.startsWith('loads: '));
  expect(line, run.stderr).toBeDefined();
  return { answer: run.stdout, ...(JSON.parse(line!.slice('loads: '.length)) as Omit<Loads, 'answer'>) };
}

const touches = (loads: Loads, part: RegExp) => [...loads.files, ...loads.modules].filter((p) => part.test(p));
const JIEBA = /nodejieba|jieba\.dict\.utf8/;
const MODEL = /softmax\.(weights|json)$/;
const OPENCC = /opencc-js/;

describe.each(Object.entries(ENTRIES))('what %s loads', (_, entry) => {
  it('answers 第十七条 without nodejieba, the model or OpenCC', () => {
    const loads = ask(entry, '第十七条');
    expect(loads.answer).toContain('第17条');
    expect(touches(loads, JIEBA)).toEqual([]);
    expect(touches(loads, MODEL)).toEqual([]);
    expect(touches(loads, OPENCC)).toEqual([]);
  }, 150_000);

  it('loads nodejieba and the model for free text, and OpenCC for traditional characters', () => {
    const loads = ask(entry, '院士專家工作站是怎麼規定的');
    expect(loads.answer).toContain('院士专家工作站');
    expect(touches(loads, JIEBA)).not.toEqual([]);
    expect(touches(loads, MODEL)).not.toEqual([]);
    expect(touches(loads, OPENCC)).not.toEqual([]);
  }, 150_000);
});

describe('mayNeedJieba (whether `ask "…"` starts nodejieba loading at once)', () => {
  it('says no for a question naming an item by number, which is answered without jieba', () => {
    for (const q of ['第十七条', '第１７条讲什么', '17条是什么内容', '十七条']) expect(mayNeedJieba(q), q).toBe(false);
  });

  it('says yes for any other question', () => {
    for (const q of ['院士专家工作站是怎么规定的', '博士购房补贴多少', '这一条讲什么']) expect(mayNeedJieba(q), q).toBe(true);
  });
});
