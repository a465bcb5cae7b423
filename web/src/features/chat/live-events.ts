import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { cacheMessage } from "./lib/cache-message.ts";

// A message sent, failed, retried or received anywhere (another tab, another agent, the customer, a
// restart that failed a pending send) goes into that session's loaded pages in place, without asking
// the server again; other sessions' conversations stay as they are.

export const chatLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  if (event.type === "message.updated") cacheMessage(queryClient, event.message);
};
