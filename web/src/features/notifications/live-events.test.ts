import { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, it } from "vitest";
import type { MessageView, SessionView } from "../../../../contract/api.ts";
import type { ConsoleEvent } from "../../../../contract/events.ts";
import { setPrefs } from "./lib/notification-prefs.ts";
import { unseenMessages } from "./lib/unseen-messages.ts";
import { notificationsLiveEvents } from "./live-events.ts";

const message = (id: string, sid: string, sender_type: string, status: MessageView["status"] = "sent"): ConsoleEvent => ({
  type: "message.updated",
  agent: "agent",
  message: { message_id: id, sid, sender_type, status, created_at: 1, updated_at: 1, type: "TEXT", payload: { text: "在吗" } },
});

const session: SessionView = {
  sid: "s-2",
  status: "open",
  channel: "0",
  channel_uid: "v_1",
  session_source: "XSpace",
  service_id: "80003",
  bu_id: "100",
  origin: "customer",
  unread_count: 0,
  agent: "agent",
  opened_at: 1,
  last_activity_at: 2,
};

describe("notifications live events", () => {
  const client = new QueryClient();
  beforeEach(() => {
    setPrefs({ sound: false, desktop: false });
    unseenMessages.setOnScreen("s-1");
    unseenMessages.clear("s-2");
  });

  it("counts a delivered customer message of a session not on screen, not the agent's own or a pending one", () => {
    notificationsLiveEvents(message("c1", "s-2", "1"), client);
    notificationsLiveEvents(message("c1", "s-2", "1"), client);
    notificationsLiveEvents(message("a1", "s-2", "4"), client);
    notificationsLiveEvents(message("c2", "s-2", "1", "pending"), client);
    notificationsLiveEvents(message("c3", "s-1", "1"), client);
    expect(unseenMessages.total()).toBe(1);
  });

  it("clears a session read in another console of the agent (unread 0)", () => {
    notificationsLiveEvents(message("c4", "s-2", "1"), client);
    expect(unseenMessages.total()).toBe(1);
    notificationsLiveEvents({ type: "session.updated", session: { ...session, unread_count: 2 } }, client);
    expect(unseenMessages.total()).toBe(1);
    notificationsLiveEvents({ type: "session.updated", session }, client);
    expect(unseenMessages.total()).toBe(0);
  });
});
