// The live event streams open in this process, each tied to the sign-in session that opened it, so
// ending a sign-in (sign-out, a new sign-in that revokes it, sign-out everywhere) ends its streams at
// once. Ends that happen elsewhere (`npm run user -- disable` in another process, expiry) are caught
// by each stream's periodic re-check (server/http/routes/events-routes.ts).

import type { StreamEnd } from "../../contract/events.ts";

export type StreamEndReason = StreamEnd["reason"];

interface OpenStream {
  tokenHash: string;
  username: string;
  end: (reason: StreamEndReason) => void;
}

export function createStreamRegistry(maxPerUser: number) {
  // Insertion order is opening order, so the first match for a user is their oldest stream.
  const open = new Set<OpenStream>();
  const endWhere = (match: (s: OpenStream) => boolean, reason: StreamEndReason) => {
    for (const stream of [...open]) {
      if (!match(stream)) continue;
      open.delete(stream);
      stream.end(reason);
    }
  };

  return {
    /** Registers a stream, closing the user's oldest ones past the cap; answers its unregister. */
    add(tokenHash: string, username: string, end: (reason: StreamEndReason) => void): () => void {
      const stream = { tokenHash, username: username.toLowerCase(), end };
      open.add(stream);
      const mine = [...open].filter((s) => s.username === stream.username);
      const excess = new Set(mine.slice(0, Math.max(0, mine.length - maxPerUser)));
      endWhere((s) => excess.has(s), "too_many_streams");
      return () => open.delete(stream);
    },
    endSession(tokenHash: string) {
      endWhere((s) => s.tokenHash === tokenHash, "signed_out");
    },
    endUser(username: string) {
      endWhere((s) => s.username === username.toLowerCase(), "signed_out");
    },
    count: () => open.size,
  };
}

export type StreamRegistry = ReturnType<typeof createStreamRegistry>;
