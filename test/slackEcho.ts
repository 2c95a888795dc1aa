/** A core double for the Slack tests: its answer echoes the question, so replies match mentions. */
import type { Answer, Respond } from '../src/answer/types.js';

export const echoCore: Respond = (user, text) =>
  ({
    user,
    answer: `答：${text}`,
    citations: [],
    amounts: [],
    outOfScope: false,
    followUp: [],
    validity: { from: '2019-07-04', to: '2021-12-31', inForce: false, asOf: '2026-11-28' },
  }) satisfies Answer;

/** A logger that keeps warnings and errors, for checking what the bot logs. */
export function keepingLogger() {
  const lines: string[] = [];
  const keep = (...m: unknown[]) => void lines.push(m.join(' '));
  return {
    lines,
    logger: { debug: () => {}, info: () => {}, warn: keep, error: keep, setLevel: () => {}, getLevel: () => 'warn' as never, setName: () => {} },
  };
}
