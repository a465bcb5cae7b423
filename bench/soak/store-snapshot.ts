import { type MessageView, messageListSchema, sessionViewSchema } from "../../contract/api.ts";
import type { ConsoleClient } from "../lib/console-client.ts";

// What the console's store holds for the soak's sessions, read through the API as the console
// shows it: each session's status and every one of its messages, paged.

export interface StoreSnapshot {
  sessionStatus: Map<string, "open" | "closed">;
  messages: Map<string, MessageView>;
}

export async function readStore(client: ConsoleClient, sids: readonly string[]): Promise<StoreSnapshot> {
  const snapshot: StoreSnapshot = { sessionStatus: new Map(), messages: new Map() };
  for (const sid of sids) {
    const session = await client.request("GET", `/api/sessions/${sid}`);
    if (session.status !== 200) throw new Error(`GET /api/sessions/${sid} answered ${session.status}`);
    snapshot.sessionStatus.set(sid, sessionViewSchema.parse(session.body).status);
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({ limit: "200", ...(cursor && { cursor }) });
      const page = await client.request("GET", `/api/sessions/${sid}/messages?${query.toString()}`);
      if (page.status !== 200) throw new Error(`GET /api/sessions/${sid}/messages answered ${page.status}`);
      const list = messageListSchema.parse(page.body);
      for (const message of list.items) snapshot.messages.set(message.message_id, message);
      cursor = list.nextCursor;
    } while (cursor !== undefined);
  }
  return snapshot;
}
