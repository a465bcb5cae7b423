// Query keys for every server resource, general to specific, so a mutation can invalidate exactly
// what it changes (`sessions.all` covers every list and detail). Never type a key by hand elsewhere.

export const queryKeys = {
  config: () => ["config"] as const,
  auth: {
    me: () => ["auth", "me"] as const,
  },
  sessions: {
    all: () => ["sessions"] as const,
    lists: () => [...queryKeys.sessions.all(), "list"] as const,
    list: (filter: Record<string, string | number | undefined> = {}) => [...queryKeys.sessions.lists(), filter] as const,
    detail: (sid: string) => [...queryKeys.sessions.all(), "detail", sid] as const,
  },
  messages: {
    all: () => ["messages"] as const,
    list: (sid: string) => [...queryKeys.messages.all(), sid] as const,
  },
} as const;
