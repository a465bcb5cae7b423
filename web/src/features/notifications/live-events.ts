import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import i18next from "i18next";
import type { SessionList, SessionView } from "../../../../contract/api.ts";
import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { setSearchParams } from "../../lib/search-param.ts";
import { beep } from "./lib/beep.ts";
import { showDesktopNotification } from "./lib/desktop-notification.ts";
import { getPrefs } from "./lib/notification-prefs.ts";
import { unseenMessages } from "./lib/unseen-messages.ts";

// A customer's message that the agent does not have on screen is counted (tab title) and, as the
// agent chose, chimes and raises a desktop notification. A session read in any console of the agent
// comes back with unread_count 0, which clears its count here too.

function cachedSession(queryClient: QueryClient, sid: string): SessionView | undefined {
  const detail = queryClient.getQueryData<SessionView>(queryKeys.sessions.detail(sid));
  if (detail) return detail;
  for (const [, data] of queryClient.getQueriesData<InfiniteData<SessionList>>({ queryKey: queryKeys.sessions.lists() })) {
    const found = data?.pages.flatMap((page) => page.items).find((s) => s.sid === sid);
    if (found) return found;
  }
  return undefined;
}

export const notificationsLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  if (event.type === "session.updated" || event.type === "session.closed") {
    if (event.session.unread_count === 0) unseenMessages.clear(event.session.sid);
    return;
  }
  if (event.type !== "message.updated") return;
  const { message } = event;
  // A customer's message (sender_type "1") once it is stored as delivered; read receipts are not news.
  if (message.sender_type !== "1" || message.status !== "sent" || message.type === "MSG_READ") return;
  if (!unseenMessages.arrived(message.sid, message.message_id)) return;

  const prefs = getPrefs();
  if (prefs.sound) beep();
  if (prefs.desktop) {
    const session = cachedSession(queryClient, message.sid);
    const name = session?.channel_nick ?? session?.channel_uid ?? message.sender_id ?? "";
    const body = message.type === "TEXT" ? message.payload.text : (session?.last_message?.preview ?? "");
    showDesktopNotification(i18next.t("notifications:newMessage", { name }), body, message.sid, () =>
      setSearchParams({ sid: message.sid, view: undefined }),
    );
  }
};
