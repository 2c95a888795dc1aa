/**
 * The mutation check: change every number in the rules and parameters data, one at a time, and
 * require that the change is caught, either by the loader (the number no longer matches its
 * quote) or by the case table (an amount or a band comes out wrong). A survivor is a number that
 * nothing checks.
 */
import { compileRuleBook, readRuleSources, type RuleSources, type SourceFile } from './rulebook.js';
import { checkCase, type CalcCase } from './selfCheck.js';

export interface Mutant {
  file: string;
  path: string;
  from: number;
  to: number;
  /** 'loader' or 'cases' when caught; 'survived' when not. */
  killedBy: 'loader' | 'cases' | 'survived';
  detail: string;
}

/** Every numeric leaf of a JSON value, with its path. */
function numericPaths(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numericPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
  }
  return [];
}

function setAt(root: unknown, path: (string | number)[], to: number): unknown {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = to;
  return copy;
}

/** The altered values tried for one number: one up, one down, doubled. */
function variants(v: number): number[] {
  const step = Number.isInteger(v) ? 1 : 0.01;
  return [...new Set([v + step, Math.round((v - step) * 1e6) / 1e6, v * 2])].filter((x) => x !== v);
}

/**
 * Runs every mutant; `cases` is the case table that must catch what the loader does not. With
 * `loaderChecks: false` the loader skips its quote checks, which measures the case table alone.
 */
export function runMutations(
  cases: readonly CalcCase[], sources: RuleSources = readRuleSources(), loaderChecks = true,
): Mutant[] {
  const mutants: Mutant[] = [];
  const groups: ['rules' | 'parameters', SourceFile[]][] = [['rules', sources.rules], ['parameters', sources.parameters]];
  for (const [group, files] of groups) {
    files.forEach((f, fileIndex) => {
      for (const { path, value } of numericPaths(f.data)) {
        for (const to of variants(value)) {
          const changed = files.map((g, i) => (i === fileIndex ? { ...g, data: setAt(g.data, path, to) } : g));
          const mutated = { ...sources, [group]: changed };
          mutants.push({ file: f.file, path: path.join('.'), from: value, to, ...judgeMutant(mutated, cases, loaderChecks) });
        }
      }
    });
  }
  return mutants;
}

function judgeMutant(sources: RuleSources, cases: readonly CalcCase[], loaderChecks: boolean): Pick<Mutant, 'killedBy' | 'detail'> {
  let book;
  try {
    book = compileRuleBook(sources, undefined, { checkNumbers: loaderChecks });
  } catch (err) {
    return { killedBy: 'loader', detail: (err as Error).message };
  }
  for (const c of cases) {
    const problems = checkCase(c, book);
    if (problems.length) return { killedBy: 'cases', detail: `${c.name}: ${problems[0]}` };
  }
  return { killedBy: 'survived', detail: '' };
}
