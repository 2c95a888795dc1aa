/**
 * Loads knowledge/ into typed, frozen objects. Called once at start-up; a bad file stops start-up
 * with one KnowledgeError line naming the file and the key.
 */
import { DEFAULT_KNOWLEDGE_DIR } from './dir.js';
import { KnowledgeError } from './errors.js';
import { displayName, readJson, readText } from './readJson.js';
import {
  ClausesFileSchema, DocumentSchema, TargetsFileSchema,
  type Clause, type Part, type PolicyDocument, type Target,
} from './schema.js';

export interface Knowledge {
  /** The cleaned published text (knowledge/policy.txt). */
  source: string;
  document: PolicyDocument;
  clauses: readonly Clause[];
  parts: readonly Part[];
  /** How many numbered tasks (items, 第N条) the document has: item-1 … item-itemCount. */
  itemCount: number;
  targets: readonly Target[];
  clause(id: string): Clause | undefined;
}

export { DEFAULT_KNOWLEDGE_DIR };

export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Knowledge {
  const source = readText(dir, 'policy.txt');
  const { clauses, parts } = readJson(dir, 'clauses.json', ClausesFileSchema);
  const document = readJson(dir, 'document.json', DocumentSchema);
  const { targets } = readJson(dir, 'targets.json', TargetsFileSchema);

  const byId = new Map(clauses.map((c) => [c.id, c]));
  checkClauses(displayName(dir, 'clauses.json'), clauses, byId);
  checkNumbering(displayName(dir, 'clauses.json'), clauses, parts);
  checkDocument(displayName(dir, 'document.json'), document, byId.get('notice')!, byId.get('preamble')!);
  checkTargets(displayName(dir, 'targets.json'), targets, byId);

  return deepFreeze({
    source, document, clauses, parts, targets,
    itemCount: clauses.filter((c) => c.kind === 'item').length,
    clause: (id: string) => byId.get(id),
  });
}

function checkClauses(file: string, clauses: Clause[], byId: Map<string, Clause>): void {
  if (byId.size !== clauses.length) throw new KnowledgeError(file, 'clauses', 'clause ids must be unique');
  clauses.forEach((c, i) => {
    if (c.parent && !byId.has(c.parent)) {
      throw new KnowledgeError(file, `clauses[${i}].parent`, `names ${c.parent}, which is not a clause`);
    }
  });
  for (const required of ['notice', 'preamble']) {
    if (!byId.has(required)) throw new KnowledgeError(file, 'clauses', `the ${required} clause is missing`);
  }
}

/**
 * Items are numbered 1, 2, 3 … in document order and sections 1.1, 1.2, 2.1 … within parts 1, 2, 3 …,
 * each id saying its number: the count of each follows from the document, never from a literal.
 */
function checkNumbering(file: string, clauses: Clause[], parts: Part[]): void {
  parts.forEach((p, i) => {
    if (p.part !== i + 1) throw new KnowledgeError(file, `parts[${i}].part`, `is ${p.part}, expected ${i + 1}`);
  });
  let item = 0;
  const sections = new Map<number, number>();
  clauses.forEach((c, i) => {
    if (c.part !== null && c.part > parts.length) throw new KnowledgeError(file, `clauses[${i}].part`, `is ${c.part}, but there are ${parts.length} parts`);
    if (c.kind === 'item') {
      item++;
      if (c.number !== String(item) || c.id !== `item-${item}`) {
        throw new KnowledgeError(file, `clauses[${i}]`, `${c.id} numbered ${c.number}: expected item-${item}, numbered ${item}`);
      }
    } else if (c.kind === 'section') {
      const n = (sections.get(c.part ?? 0) ?? 0) + 1;
      sections.set(c.part ?? 0, n);
      if (c.number !== `${c.part}.${n}` || c.id !== `sec-${c.part}.${n}`) {
        throw new KnowledgeError(file, `clauses[${i}]`, `${c.id} numbered ${c.number}: expected sec-${c.part}.${n}`);
      }
    }
  });
}

function checkDocument(file: string, doc: PolicyDocument, notice: Clause, preamble: Clause): void {
  const verbatim: [string, string][] = [
    ['docNumber', doc.docNumber], ['issuer', doc.issuer], ['recipients', doc.recipients],
    ['meeting', doc.meeting], ['issued.quote', doc.issued.quote], ['publication', doc.publication],
  ];
  for (const [key, value] of verbatim) {
    if (!notice.text.includes(value)) throw new KnowledgeError(file, key, `"${value}" does not occur in the notice`);
  }
  if (!preamble.text.replace(/\s+/g, '').includes(doc.title)) {
    throw new KnowledgeError(file, 'title', 'does not match the title above the preamble');
  }
  if (!doc.title.includes(doc.period.quote)) {
    throw new KnowledgeError(file, 'period.quote', `"${doc.period.quote}" does not occur in the title`);
  }
  if (doc.period.from > doc.period.to) throw new KnowledgeError(file, 'period', 'from is after to');
}

function checkTargets(file: string, targets: Target[], byId: Map<string, Clause>): void {
  targets.forEach((t, i) => {
    const clause = byId.get(t.clause);
    if (!clause) throw new KnowledgeError(file, `targets[${i}].clause`, `${t.clause} is not a clause`);
    if (!clause.text.includes(t.quote)) {
      throw new KnowledgeError(file, `targets[${i}].quote`, `does not occur verbatim in ${t.clause}`);
    }
    const stated = Number(/\d+(?:\.\d+)?/.exec(t.quote)?.[0]);
    if (stated !== t.value) {
      throw new KnowledgeError(file, `targets[${i}].value`, `is ${t.value} but the quote says ${stated}`);
    }
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
