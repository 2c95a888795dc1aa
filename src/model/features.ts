/**
 * What the trained model reads of a message: sparse features, each a name and a weight, worked out
 * from the parsed message so the model sees what the rules see (the same normalised text, the same
 * jieba words with the policy's dictionary, the same lexicon concepts and clause search).
 *
 *   c:X   a character of the bare text        b:XY  a character bigram
 *   w:W   a jieba word (the policy's user dictionary, loaded once by src/search/segment.ts)
 *   t:T   a policy term a word stands for (synonyms and typo corrections of the lexicon)
 *   r:ID  a benefit the benefit cues name      q:CUE a cue that fired (money, units, procedure…)
 *   d:F   a document fact asked                o:K   an off-topic reading; u: an unprovided subsidy
 *   s:ID  a clause the clause search ranks (weight: the share of the question it covers)
 */
import type { Parsed } from '../understand/index.js';
import { segment } from '../search/index.js';

export type Features = Map<string, number>;

const CUES = ['money', 'broad', 'units', 'amountAsked', 'procedure', 'greeting', 'help', 'thanks', 'cost'] as const;
/** How many ranked clauses of the search become features. */
const SEARCH_HITS = 3;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The parts of a Parsed message the features read (so training can build them from a bank example). */
export type FeatureSource = Pick<Parsed, 'text' | 'bare' | 'cues' | 'mentions' | 'benefits' | 'analysis'>;

export function featuresOf(p: FeatureSource): Features {
  const f: Features = new Map();
  const add = (name: string, value = 1) => f.set(name, Math.max(f.get(name) ?? 0, value));
  const bare = p.bare.toLowerCase();
  const chars = [...bare];
  chars.forEach((ch, i) => {
    add(`c:${ch}`);
    if (i + 1 < chars.length) add(`b:${ch}${chars[i + 1]}`);
  });
  if (!bare) return f;
  for (const w of segment(p.text)) if (WORDLIKE.test(w)) add(`w:${w.toLowerCase()}`);
  for (const c of p.analysis.tokens()) for (const t of c.terms) add(`t:${t}`, c.weight);
  for (const id of p.benefits.said) add(`r:${id}`);
  for (const cue of CUES) if (p.cues[cue] !== null) add(`q:${cue}`);
  if (p.mentions.documentFact) add(`d:${p.mentions.documentFact.fact}`);
  if (p.mentions.offTopic) add(`o:${p.mentions.offTopic}`);
  if (p.mentions.unprovided) add('u:');
  if (p.mentions.targets.length) add('g:');
  for (const hit of p.analysis.reading.search(p.text, SEARCH_HITS)) add(`s:${hit.clauseId}`, Math.min(1, hit.coverage));
  return f;
}
