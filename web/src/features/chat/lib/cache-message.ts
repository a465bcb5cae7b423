import type { QueryClient } from "@tanstack/react-query";
import type { MessageView } from "../../../../../contract/api.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { type MessagePages, upsertMessage } from "./upsert-message.ts";

// A stored message (from a live event or this tab's send) put into its session's loaded pages in place:
// with 10,000 messages loaded (50 pages) a refetch would ask for every page again for each message.

function write(queryClient: QueryClient, message: MessageView): void {
  queryClient.setQueryData<MessagePages>(queryKeys.messages.list(message.sid), (data) =>
    data ? upsertMessage(data, message) : data,
  );
}

/**
 * A page fetch running (or paused offline) now was built on the pages as they were when it started and
 * replaces them when it ends (TanStack's infinite query keeps no edits made meanwhile), so the message
 * is written again once that fetch settles; writing it twice changes nothing.
 */
function writeAfterFetch(queryClient: QueryClient, message: MessageView): void {
  const cache = queryClient.getQueryCache();
  const query = cache.find({ queryKey: queryKeys.messages.list(message.sid), exact: true });
  if (!query || query.state.fetchStatus === "idle") return;
  const unsubscribe = cache.subscribe((event) => {
    if (event.query !== query) return;
    if (event.type === "removed") unsubscribe();
    // Any end of the fetch (its pages, an error, a cancel reverting the state); an edit meanwhile is not one.
    else if (event.type === "updated" && query.state.fetchStatus === "idle") {
      unsubscribe();
      write(queryClient, message);
    }
  });
}

/** Puts the message into its conversation's pages; a conversation with no page loaded yet is refetched instead. */
export function cacheMessage(queryClient: QueryClient, message: MessageView): void {
  const queryKey = queryKeys.messages.list(message.sid);
  const data = queryClient.getQueryData<MessagePages>(queryKey);
  if (!data || data.pages.length === 0) {
    // Nothing loaded to put it in (first load running or failed): the next fetch brings it.
    void queryClient.invalidateQueries({ queryKey, exact: true });
    return;
  }
  write(queryClient, message);
  writeAfterFetch(queryClient, message);
}
