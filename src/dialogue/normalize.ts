/**
 * Text normalisation for matching: NFKC (full-width digits become plain) and the search layer's
 * traditional→simplified conversion once it is available.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC');
}
