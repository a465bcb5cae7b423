import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { queryKeys } from "../../lib/query-keys.ts";

// A session event carries the whole SessionView, so its detail is replaced at once, and the
// agent's lists (their order, previews and unread counts depend on it) are refetched. An assignment
// moves it between Unassigned and someone's Mine, so it refetches the lists the same way.

export const sessionsLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  switch (event.type) {
    case "session.opened":
    case "session.closed":
    case "session.updated":
    case "session.assigned":
      queryClient.setQueryData(queryKeys.sessions.detail(event.session.sid), event.session);
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
      return;
  }
};
