import { type MessageView, messageListSchema, type SessionView, sessionViewSchema } from "../../contract/api.ts";
import type { ConsoleClient } from "../lib/console-client.ts";

// What the console's store holds for the soak's sessions, read through the API as the console
// shows it: each session and every one of its messages, paged. A sid the console does not know
// (a conversation the platform opened whose answer never reached the BFF) is simply absent.

export interface StoreSnapshot {
  sessions: Map<string, SessionView>;
  messages: Map<string, MessageView>;
}

export async function readStore(client: ConsoleClient, sids: Iterable<string>): Promise<StoreSnapshot> {
  const snapshot: StoreSnapshot = { sessions: new Map(), messages: new Map() };
  for (const sid of new Set(sids)) {
    const answer = await client.request("GET", `/api/sessions/${encodeURIComponent(sid)}`);
    if (answer.status === 404) continue;
    if (answer.status !== 200) throw new Error(`GET /api/sessions/${sid} answered ${answer.status}`);
    const session = sessionViewSchema.parse(answer.body);
    snapshot.sessions.set(sid, session);
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({ limit: "200", ...(cursor && { cursor }) });
      const page = await client.request("GET", `/api/sessions/${encodeURIComponent(sid)}/messages?${query.toString()}`);
      if (page.status !== 200) throw new Error(`GET /api/sessions/${sid}/messages answered ${page.status}`);
      const list = messageListSchema.parse(page.body);
      for (const message of list.items) snapshot.messages.set(message.message_id, message);
      cursor = list.nextCursor;
    } while (cursor !== undefined);
  }
  return snapshot;
}
