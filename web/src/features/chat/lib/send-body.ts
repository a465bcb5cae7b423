import { type SendMessageBody, sendMessageBodySchema } from "../../../../../contract/api.ts";
import { encodeContent, type MessageDraft } from "../../../../../contract/message-content.ts";

// The POST body for a draft, checked against the contract before it leaves the browser: encodeContent
// types content_type as a plain number (the schema narrows it), and a payload that is valid part by part
// can still encode past the 20,000-character limit of `content` (undefined then).

export function toSendBody(messageId: string, draft: MessageDraft): SendMessageBody | undefined {
  const parsed = sendMessageBodySchema.safeParse({ message_id: messageId, ...encodeContent(draft) });
  return parsed.success ? parsed.data : undefined;
}
