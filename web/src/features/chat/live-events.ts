import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { queryKeys } from "../../lib/query-keys.ts";

// A message sent, failed or retried anywhere (another tab, another agent, a restart that failed a
// pending send) refetches that session's conversation; other sessions' stay as they are.

export const chatLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  if (event.type === "message.updated") void queryClient.invalidateQueries({ queryKey: queryKeys.messages.list(event.message.sid) });
};
