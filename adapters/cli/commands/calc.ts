/**
 * policy-bot calc --json '<profile>' [--as-of YYYY-MM-DD] [--rules id,id] [--raw] | calc --help
 *
 * Evaluates a profile (see src/calculator/profile.ts, docs/calc.md) against every rule and prints
 * the outcomes with their traces; --raw prints the Outcome objects as JSON. Bad JSON, an invalid
 * profile or a bad option is one line on stderr and exit 2; --help prints the profile format.
 */
import { evaluate, listRules, parseProfile, periodNote, type Outcome } from '../../../src/calculator/index.js';
import { knowledge } from '../../../src/knowledge/index.js';
import { CALC_USAGE as USAGE, calcHelp } from './calcHelp.js';

function fail(message: string): number {
  process.stderr.write(`policy-bot calc: ${message}\n`);
  return 2;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(calcHelp());
    return 0;
  }
  const opts: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--raw') opts.raw = true;
    else if (a === '--json' || a === '--as-of' || a === '--rules') {
      const v = args[++i];
      if (v === undefined) return fail(`${a} needs a value. ${USAGE}`);
      opts[a.slice(2)] = v;
    } else return fail(`unknown argument ${a}. ${USAGE}`);
  }
  if (typeof opts.json !== 'string') return fail(`--json is required. ${USAGE} (policy-bot calc --help: the profile format)`);
  let raw: unknown;
  try {
    raw = JSON.parse(opts.json);
  } catch (err) {
    return fail(`--json is not valid JSON (${(err as Error).message})`);
  }
  const parsed = parseProfile(raw);
  if (!parsed.ok) return fail(`invalid profile: ${parsed.error}`);
  const asOf = (opts['as-of'] ?? process.env.POLICY_AS_OF) as string | undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return fail(`--as-of must be YYYY-MM-DD, got "${asOf}"`);
  const ids = typeof opts.rules === 'string' ? opts.rules.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  const known = new Set(listRules().map((r) => r.id));
  const stray = ids?.find((id) => !known.has(id));
  if (stray) return fail(`no rule "${stray}"; see policy-bot entitlements`);

  const outcomes = evaluate(parsed.profile, { asOf, rules: ids });
  process.stdout.write(opts.raw ? `${JSON.stringify(outcomes, null, 2)}\n` : render(outcomes));
  return 0;
}

const ORDER = { eligible: 0, undetermined: 1, ineligible: 2 } as const;
const STATUS = { eligible: '符合', undetermined: '待确认', ineligible: '不符合' } as const;

function render(outcomes: Outcome[]): string {
  const first = outcomes[0];
  const out: string[] = [];
  if (first) {
    const v = first.validity;
    out.push(`评估日期 ${v.asOf}；政策执行期 ${v.from} 至 ${v.to}（${v.inForce ? '有效期内' : '不在有效期内'}）`);
    // Each outcome names its own lead units; the header speaks for all of them.
    const note = periodNote(knowledge().document, v, []);
    if (note) out.push(note);
    out.push('');
  }
  for (const o of [...outcomes].sort((a, b) => ORDER[a.status] - ORDER[b.status])) {
    out.push(`[${STATUS[o.status]}] 第${o.clause.slice('item-'.length)}条 ${o.title} (${o.rule})：${o.amountText}`);
    if (o.status === 'eligible') {
      for (const s of o.trace) {
        out.push(`    ${s.op} ${JSON.stringify(s.inputs)} → ${String(s.value)}  「${s.quote}」${s.source ? ` 〔${s.source}〕` : ''}`);
      }
      out.push(`    牵头单位：${o.lead.join('、')}`);
      for (const a of o.assessed) out.push(`    还需审核：${a}`);
      for (const n of o.notes) out.push(`    说明：${n}`);
      for (const q of o.openQuestions) out.push(`    未明确：${q}（请咨询${o.lead.join('、')}）`);
    }
    for (const f of o.failed) out.push(`    ${f.message}`);
    for (const m of o.missing) out.push(`    需要：${m.question}`);
  }
  return `${out.join('\n')}\n`;
}
