/**
 * What a group member asked, without the @mention of the bot. Wechaty's `mentionText()` removes
 * mentions by the names it knows; a client that wrote the bot under another name (an old group
 * nickname) leaves "@旧名 " behind, so the names given here are removed too.
 */
export function stripMentions(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names.filter((n) => n.length > 0)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // WeChat ends a mention with U+2005 (four-per-em space); pasted text has a plain space.
    out = out.replace(new RegExp(`@${escaped}(?:[\\u2005 ]|$)`, 'gu'), '');
  }
  return out.trim();
}
