/** Facts read from what a user wrote, accumulated over a conversation. Keys follow the calculator's Profile. */
export type Facts = Record<string, unknown>;
