/**
 * Slack message text → the plain question the core reads.
 *
 * Slack sends text in its wire format: mentions as <@U123>, channels as <#C123|name>, links as
 * <https://…|label>, broadcasts as <!here>, and the characters &, <, > as entities. The bot's own
 * mention is only the address, not part of the question, so it goes; the rest become readable text.
 */
export function questionFromSlack(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<![^>]*>/g, ' ')
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<((?:https?|mailto|tel):[^|>]*)\|([^>]*)>/g, '$2')
    .replace(/<((?:https?|mailto|tel):[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    // Last, so that "&amp;lt;" (a literal "&lt;" typed by the user) stays "&lt;".
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
