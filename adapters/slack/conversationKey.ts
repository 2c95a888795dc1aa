/**
 * Conversation keys: which Slack messages form one conversation with the core.
 *
 * A key is the Slack user plus where the exchange happens, so two people in one thread, or one
 * person in two threads, never share facts. A mention at the top of a channel starts a thread
 * (the bot replies in it), so its key uses its own ts as the thread: the follow-up inside that
 * thread then carries the same key. The team id keeps workspaces apart.
 */
export interface Place {
  team?: string | undefined;
  user: string;
  channel: string;
  /** ts of the thread's first message, when the exchange is in a thread. */
  thread?: string | undefined;
}

/** "slack:T1:U1:C1" or "slack:T1:U1:C1:1700000000.000100" */
export function conversationKey(place: Place): string {
  const parts = ['slack', place.team ?? '-', place.user, place.channel];
  if (place.thread) parts.push(place.thread);
  return parts.join(':');
}
