import { sendMessageBodySchema } from "../../contract/api.ts";
import { messageLimits } from "../../contract/message-content.ts";

// The send body as the BFF takes it: the contract's schema (shared with the composer) plus the one
// check that needs the server's clock. A read receipt says when the agent read the conversation, so a
// read time more than a day ahead of this clock is not a real one; the shared schema can only bound it
// by fixed dates, since a browser's clock may be wrong.

export const agentSendBodySchema = sendMessageBodySchema.superRefine((body, ctx) => {
  if (body.type !== "MSG_READ") return;
  const latest = Date.now() + messageLimits.readTimeAheadMs;
  // Beyond the shared schema's fixed bound, that schema has already named the field.
  if (body.payload.readTime > latest && body.payload.readTime <= messageLimits.readTimeMax) {
    ctx.addIssue({
      code: "too_big",
      origin: "number",
      maximum: latest,
      inclusive: true,
      input: body.payload.readTime,
      path: ["payload", "readTime"],
      message: "a read time cannot be more than a day in the future",
    });
  }
});
