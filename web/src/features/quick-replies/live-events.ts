import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { queryKeys } from "../../lib/query-keys.ts";

// A supervisor changed a quick reply (here or in another console): every list of replies on screen,
// the management screen's and the composer's picker, is fetched again. Kept apart from the screen so
// its code stays lazy.

export const quickRepliesLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  if (event.type === "quick_replies.changed") void queryClient.invalidateQueries({ queryKey: queryKeys.quickReplies.all() });
};
