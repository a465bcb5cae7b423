import type { BenchUser } from "../lib/bench-user.ts";
import { openSeedableStore } from "../lib/seedable-store.ts";
import { messageWriter, seedText, sessionWriter } from "../lib/seed-rows.ts";

// One session of the bench user with a long conversation, written into a DATA_DIR before the BFF
// starts: 10,000 messages over the last 30 days, alternating customer and agent.

export const chatSid = "bench-long-chat";

export async function seedLongChat(dataDir: string, user: BenchUser, messages: number): Promise<{ newest: string; oldest: string }> {
  const { file: db } = await openSeedableStore(dataDir);
  try {
    const now = Date.now();
    const span = 30 * 24 * 3_600_000;
    const writeMessage = messageWriter(db);
    db.transaction(() => {
      sessionWriter(db)({ sid: chatSid, status: "open", channel: "0", agent: user.username, openedAt: now - span, lastActivityAt: now });
      for (let i = 0; i < messages; i++) {
        writeMessage({
          messageId: `chat-${i}`,
          sid: chatSid,
          content: seedText(i),
          senderType: i % 2 === 0 ? "1" : "4",
          status: "sent",
          createdAt: now - span + Math.floor((i / messages) * span),
        });
      }
    })();
  } finally {
    db.close();
  }
  return { newest: seedText(messages - 1), oldest: seedText(0) };
}
