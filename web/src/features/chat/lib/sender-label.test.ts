import { describe, expect, it } from "vitest";
import type { DisplayMessage } from "./merge-messages.ts";
import { senderLabel } from "./sender-label.ts";

const names = { customer: "王小明 · H5", viewer: "supervisor" };
const message = (over: Partial<DisplayMessage>): DisplayMessage =>
  ({ message_id: "m", sender_type: "4", created_at: 0, status: "sent", type: "TEXT", payload: { text: "hi" }, ...over }) as DisplayMessage;

describe("senderLabel", () => {
  it("names another staff member by display name, the reader as you, the customer by label", () => {
    expect(senderLabel(message({ sent_by: { username: "agent", display_name: "演示客服" } }), names)).toEqual({
      kind: "staff",
      text: "演示客服",
      username: "agent",
    });
    expect(senderLabel(message({ sent_by: { username: "supervisor", display_name: "主管" } }), names)).toEqual({ kind: "you" });
    expect(senderLabel(message({ sender_type: "1" }), names)).toEqual({ kind: "customer", text: "王小明 · H5" });
  });

  it("falls back to 'Agent' for an agent's message stored before senders were recorded", () => {
    expect(senderLabel(message({}), names)).toEqual({ kind: "agent" });
  });
});
