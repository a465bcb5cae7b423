import type { InfiniteData } from "@tanstack/react-query";
import type { MessageList, MessageView } from "../../../../../contract/api.ts";

// One live message put into the loaded pages of a session's conversation, so an event costs no request
// however much history is loaded. Pages run newest first (pages[0] is the newest), each page's items
// oldest to newest, as GET /api/sessions/:sid/messages returns them; the older pages' cursors count
// stored rows, so adding to the newest page never shifts them.

export type MessagePages = InfiniteData<MessageList, string | undefined>;

function locate(pages: readonly MessageList[], messageId: string): [number, number] | undefined {
  for (const [pageIndex, page] of pages.entries()) {
    const itemIndex = page.items.findIndex((item) => item.message_id === messageId);
    if (itemIndex !== -1) return [pageIndex, itemIndex];
  }
  return undefined;
}

/**
 * The pages with `message` in them: replaced where its id already is (unless the cached copy is newer,
 * so a late event cannot undo a later one), otherwise added at the end of the newest page (the server
 * orders by when it stored each message, and an event is sent as it stores one). A message older than
 * everything loaded while older pages remain belongs to history not fetched yet: left for that fetch.
 * Returns the same object when nothing changes, so the query does not notify its observers.
 */
export function upsertMessage(data: MessagePages, message: MessageView): MessagePages {
  const found = locate(data.pages, message.message_id);
  if (found) {
    const [pageIndex, itemIndex] = found;
    const page = data.pages[pageIndex];
    const current = page?.items[itemIndex];
    if (!page || !current || current.updated_at > message.updated_at) return data;
    const items = page.items.with(itemIndex, message);
    return { ...data, pages: data.pages.with(pageIndex, { ...page, items }) };
  }
  const newest = data.pages[0];
  if (!newest) return data;
  const oldestPage = data.pages.at(-1);
  const oldestLoaded = oldestPage?.items[0];
  if (oldestPage?.nextCursor !== undefined && oldestLoaded && message.created_at < oldestLoaded.created_at) return data;
  return { ...data, pages: data.pages.with(0, { ...newest, items: [...newest.items, message] }) };
}
