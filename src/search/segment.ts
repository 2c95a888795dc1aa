/**
 * nodejieba with the policy's user dictionary, loaded once per process (about a second and a few
 * hundred MB, so never per request and never per test): on a thread of its own where
 * startJiebaEarly() (jiebaEarly.ts) started it at process start, so it loads while the rest of the
 * bot does; in this thread otherwise (jiebaCalls.ts says why).
 */
import { knowledge } from '../knowledge/index.js';
import { loadLexicon, type Lexicon } from '../knowledge/lexicon.js';
import { loadJieba, type JiebaCall } from './jiebaCalls.js';
import { filesOf } from './jiebaThread.js';
import { normalize } from './normalize.js';
import { Recent } from './recent.js';

let loaded: Lexicon | undefined;
let callJieba: JiebaCall;

/**
 * The lexicon, after loading nodejieba with it. The first call pays the cost (or waits for the
 * rest of it, after startJiebaEarly); later calls are free.
 */
export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const lex = loadLexicon(knowledge().source);
  callJieba = loadJieba(filesOf(lex));
  // Synonym variants and terms become words too, so 房补 or 院士工作站 is never split into
  // pieces that match the wrong clause. Words the user dictionary lists keep its frequency:
  // insertWord would overwrite it with jieba's median weight.
  const listed = new Set(lex.userDict.map((e) => e.word));
  const words: string[] = [];
  for (const { terms, variants } of lex.synonyms) {
    for (const w of [...terms, ...variants]) if (w.length > 1 && !listed.has(w)) words.push(w);
  }
  callJieba('insertWords', words);
  loaded = lex;
  return lex;
}

/** Words of `text` after normalize(), as jieba cuts them (HMM on, so digits and Latin stay whole). */
export function segment(text: string): string[] {
  lexicon();
  const clean = normalize(text);
  // A copy: the words are kept for the next caller of the turn (the clause index and the model both cut the message).
  return clean ? cuts.get(clean).slice() : [];
}

const cuts = new Recent(16, (clean) => callJieba<string[]>('cut', clean, true));
const searchCuts = new Recent(64, (clean) => callJieba<string[]>('cutForSearch', clean, true));
const tags = new Recent(32, (word) => callJieba<{ word: string; tag: string }[]>('tag', word));

/**
 * Search-engine segmentation of already-normalised text: each long word and also the dictionary
 * words inside it (院士专家工作站 → 院士, 专家, 工作站, 院士专家工作站), so a partial mention
 * still meets the compound.
 */
export function segmentForSearch(clean: string): string[] {
  lexicon();
  return clean ? searchCuts.get(clean).slice() : [];
}

/**
 * jieba's part-of-speech tag for `word` when it knows it as one word, else 'x' (cppjieba's tag
 * for words outside its dictionaries). A word the clauses never use but jieba knows (股市, 北京)
 * is a real word about something else; one it does not know (博仕, 购方) is likely a typo.
 */
export function wordClass(word: string): string {
  lexicon();
  const tagged = tags.get(word);
  return tagged.length === 1 ? tagged[0]!.tag : 'x';
}
