/**
 * Clause references resolved exactly, never by ranking: 第十七条, 17条, 第17條, 第１７条, 第十七项,
 * item-17 → item-17; 第二部分第（三）项, 二（三）, sec-2.3 → sec-2.3. Runs on normalize()d text
 * (so 條 is already 条, １７ is 17 and （三） is (三)).
 */
import { knowledge } from '../knowledge/index.js';
import { patterns, tables } from '../knowledge/language.js';

const P = patterns('language/zh/clause-numbers.json', [
  'tensNumeral', 'section', 'sectionSpelled', 'sectionAfterPart', 'itemWithDi', 'itemBare',
]);

const DIGITS = tables('language/zh/clause-numbers.json', ['digits']).digits;

/** 十七 → 17, 二十一 → 21, 七 → 7, 十 → 10, 17 → 17; null for anything else. */
export function parseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const single = DIGITS[s];
  if (single !== undefined) return single;
  // [tens]十[units]: 十 = 10, 十七 = 17, 二十 = 20, 二十一 = 21
  const m = P.tensNumeral.exec(s);
  if (!m) return null;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
}

// 第十七条 / 17条 (a bare 一条 is the word "one", not clause 1): see the book's notes.
const ITEM_WITH_DI = P.itemWithDi;
const ITEM_BARE = P.itemBare;
// Part + section: 第二部分第(三)项, 第二部分(三), 二、(三), 二(三)
const SECTION = P.section;
const SECTION_SPELLED = P.sectionSpelled;
const ID = /\b(item-\d{1,2}|sec-\d\.\d)\b/i;

/**
 * The clause id `text` names, or null when it names none (or one the policy does not have).
 * `exists` says which ids the policy has. The first reference in the text wins.
 */
export function resolveClauseNumber(text: string, exists: (id: string) => boolean): string | null {
  const candidates: [number, string][] = [];
  const id = ID.exec(text);
  if (id) candidates.push([id.index, id[1]!.toLowerCase()]);
  for (const re of [SECTION_SPELLED, SECTION]) {
    const m = re.exec(text);
    const part = m && parseNumeral(m[1]!);
    const section = m && parseNumeral(m[2]!);
    if (m && part && section) candidates.push([m.index, `sec-${part}.${section}`]);
  }
  // 保障措施第三项: a part named by its heading, then a section by number.
  for (const part of knowledge().parts) {
    const at = text.indexOf(part.heading);
    const m = at < 0 ? null : P.sectionAfterPart.exec(text.slice(at + part.heading.length));
    const section = m && parseNumeral(m[1]!);
    // Placed where the number follows the heading, so the 第二条 there is not also read as item 2.
    if (section) candidates.push([at + part.heading.length, `sec-${part.part}.${section}`]);
  }
  for (const re of [ITEM_WITH_DI, ITEM_BARE]) {
    const m = re.exec(text);
    const n = m && parseNumeral(m[1]!);
    // A section reference at the same place (第二部分第三项) is not item 3.
    if (m && n && !candidates.some(([at]) => at <= m.index && m.index - at < 8)) candidates.push([m.index, `item-${n}`]);
  }
  candidates.sort((a, b) => a[0] - b[0]);
  return candidates.find(([, c]) => exists(c))?.[1] ?? null;
}
