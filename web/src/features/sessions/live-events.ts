import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { queryKeys } from "../../lib/query-keys.ts";

// A session event carries the whole SessionView, so its detail is replaced at once, and the
// agent's lists (their order and counts depend on it) are refetched.

export const sessionsLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  switch (event.type) {
    case "session.opened":
    case "session.closed":
    case "session.updated":
      queryClient.setQueryData(queryKeys.sessions.detail(event.session.sid), event.session);
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
      return;
  }
};
