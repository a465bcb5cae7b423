// Query keys for every server resource, general to specific, so a mutation can invalidate exactly
// what it changes (`sessions.all` covers every list and detail). Never type a key by hand elsewhere.

type Filter = Readonly<Record<string, string | number | undefined>>;

export const queryKeys = {
  config: () => ["config"] as const,
  health: () => ["health"] as const,
  auth: {
    me: () => ["auth", "me"] as const,
  },
  sessions: {
    all: () => ["sessions"] as const,
    lists: () => [...queryKeys.sessions.all(), "list"] as const,
    list: (filter: Filter = {}) => [...queryKeys.sessions.lists(), filter] as const,
    detail: (sid: string) => [...queryKeys.sessions.all(), "detail", sid] as const,
    /** The details panel's figures, asked again whenever the session's last activity moves. */
    stats: (sid: string, lastActivityAt: number) => [...queryKeys.sessions.all(), "stats", sid, lastActivityAt] as const,
  },
  /** Group-visitor tickets saved for a session. */
  tickets: {
    all: () => ["tickets"] as const,
    ofSession: (sid: string) => [...queryKeys.tickets.all(), sid] as const,
  },
  messages: {
    all: () => ["messages"] as const,
    list: (sid: string) => [...queryKeys.messages.all(), sid] as const,
  },
  /** The supervisor's board: open sessions by idle time, bulk-close jobs, the auto-close policy. */
  board: {
    all: () => ["board"] as const,
    sessionLists: () => [...queryKeys.board.all(), "sessions"] as const,
    sessions: (filter: Filter) => [...queryKeys.board.sessionLists(), filter] as const,
    jobs: () => [...queryKeys.board.all(), "bulk-close"] as const,
    job: (id: string) => [...queryKeys.board.jobs(), id] as const,
    recentJobs: () => [...queryKeys.board.jobs(), "recent"] as const,
    autoClose: () => [...queryKeys.board.all(), "auto-close"] as const,
  },
  /** Saved replies: the composer's `/` picker searches them, supervisors manage them. */
  quickReplies: {
    all: () => ["quick-replies"] as const,
    list: (q: string) => [...queryKeys.quickReplies.all(), "list", q] as const,
  },
  audit: {
    all: () => ["audit"] as const,
    list: (filter: Filter) => [...queryKeys.audit.all(), filter] as const,
  },
} as const;
