/**
 * --as-of YYYY-MM-DD (or POLICY_AS_OF) for every command that answers: the date eligibility and
 * validity are judged on. A bad value stops the command with one line naming the option.
 */
import { isIsoDate } from '../../src/bot.js';

export interface AsOfResult {
  asOf?: string;
  rest: string[];
  error?: string;
}

export function takeAsOf(args: string[], env: NodeJS.ProcessEnv = process.env): AsOfResult {
  const rest: string[] = [];
  let asOf: string | undefined;
  let source = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--as-of') {
      asOf = args[++i];
      source = '--as-of';
      if (asOf === undefined) return { rest, error: '--as-of needs a date as YYYY-MM-DD' };
    } else if (arg.startsWith('--as-of=')) {
      asOf = arg.slice('--as-of='.length);
      source = '--as-of';
    } else {
      rest.push(arg);
    }
  }
  if (asOf === undefined && env.POLICY_AS_OF) {
    asOf = env.POLICY_AS_OF;
    source = 'POLICY_AS_OF';
  }
  if (asOf !== undefined && !isIsoDate(asOf)) {
    return { rest, error: `${source} must be a date as YYYY-MM-DD, got "${asOf}"` };
  }
  return { asOf, rest };
}
