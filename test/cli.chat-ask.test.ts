/**
 * The command line of ../shared/CONTRACT.md, run as a real process: the chat on standard input,
 * ask as text and JSON, the JSONL stream with its error lines, and --as-of.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerLine } from '../adapters/cli/jsonl.js';
import { createResponder } from '../src/bot.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/policy-bot.mjs', import.meta.url));

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 60000, env: { ...process.env, ...env } });
}

describe('policy-bot (chat)', () => {
  it('answers each line of standard input and exits 0 at its end', () => {
    const r = cli([], '第十七条\n\n孵化器奖励找哪个部门\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('第17条');
    expect(r.stdout).toContain('对毕业5年内首次在盘创业的全日制博士研究生');
    expect(r.stdout).toContain('牵头单位：市委组织部、市人力资源社会保障局、市科技局');
    expect(r.stdout).toContain('依据：第17条（item-17）');
    expect(r.stdout).toContain('市科技局');
  });

  it('keeps one conversation across lines', () => {
    const r = cli(['--as-of', '2021-06-30'], '众创空间有奖励吗\n省级的\n');
    expect(r.stdout.split('依据')).toHaveLength(3);
    expect(r.stdout).toContain('10万元');
  });

  it('refuses a bad --as-of with one line naming it', () => {
    const r = cli(['--as-of', '2021-13-01'], '第17条\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--as-of must be a date/);
  });
});

describe('policy-bot ask', () => {
  it('prints the answer as text', () => {
    const r = cli(['ask', '第9条是什么内容']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('加强成果转化激励');
  });

  it('prints the Answer object with --json, judged on --as-of', () => {
    const r = cli(['ask', '--json', '--as-of', '2020-05-01', '高企认定奖励']);
    const a = JSON.parse(r.stdout);
    expect(a.citations[0]).toBe('item-6');
    expect(a.amounts.map((x: { yuan: number }) => x.yuan)).toContain(100000);
    expect(a.validity).toEqual({ from: '2019-07-04', to: '2021-12-31', inForce: true, asOf: '2020-05-01' });
  });

  it('takes POLICY_AS_OF when --as-of is absent', () => {
    const r = cli(['ask', '--json', '还有效吗'], '', { POLICY_AS_OF: '2022-01-01' });
    expect(JSON.parse(r.stdout).validity.asOf).toBe('2022-01-01');
  });

  it('exits 2 with usage when there is no question', () => {
    const r = cli(['ask']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage');
  });
});

describe('policy-bot ask --jsonl', () => {
  it('answers in order, one line each, with error lines for bad input and blank lines skipped', () => {
    const input = [
      '{"user":"a","text":"众创空间有奖励吗"}',
      'not json',
      '',
      '{"user":"b","text":"第17条"}',
      '["an","array"]',
      '{"user":"a","text":"省级的"}',
      '{"user":"","text":"x"}',
      '{"user":"c"}',
    ].join('\n');
    const r = cli(['ask', '--jsonl', '--as-of', '2021-06-30'], input);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(7);
    expect(out[0].user).toBe('a');
    expect(out[1].error.code).toBe('invalid_json');
    expect(out[2].citations).toEqual(['item-17']);
    expect(out[3].error.code).toBe('invalid_request');
    expect(out[4].amounts.map((x: { yuan: number }) => x.yuan)).toContain(100000);
    expect(out[5].error.code).toBe('invalid_request');
    expect(out[6].error.code).toBe('invalid_request');
  });

  it('writes each answer before the next line arrives', async () => {
    const child = spawn(process.execPath, [bin, 'ask', '--jsonl'], { cwd: root });
    child.stdin.write('{"user":"a","text":"第17条"}\n');
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d) => resolve(String(d))));
    expect(JSON.parse(first.split('\n')[0]!).citations).toEqual(['item-17']);
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });
});

describe('answerLine', () => {
  const respond = createResponder();
  it('refuses an over-long line without parsing it', () => {
    const out = JSON.parse(answerLine(`{"user":"a","text":"${'x'.repeat(200_000)}"}`, respond)!);
    expect(out.error.code).toBe('line_too_long');
  });
  it('refuses a bad per-line asOf', () => {
    const out = JSON.parse(answerLine('{"user":"a","text":"第17条","asOf":"soon"}', respond)!);
    expect(out.error.code).toBe('invalid_request');
  });
  it('skips blank lines', () => {
    expect(answerLine('   ', respond)).toBeNull();
  });
});
