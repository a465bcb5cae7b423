import { contentTypeName, type MessageContentView, storedMessageSchema } from "../../contract/message-content.ts";
import { decodeContent } from "./dingtalk-content.ts";

// The one read path from a stored row to what the chat shows. It must hold for every row any version of
// the console (or a hand edit, or another tool) ever wrote: the typed payload kept since migration 5
// wins; a row without one (written before, or by something else) is decoded from its DingTalk content;
// whatever reads as neither comes back `unreadable` with its raw text. It never throws, so one bad row
// cannot fail the page of messages around it.

export interface StoredContent {
  content_type: number;
  content: string;
  payload_json: string | null;
}

function fromPayloadJson(contentType: number, payloadJson: string): MessageContentView | undefined {
  const type = contentTypeName(contentType);
  if (!type) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(payloadJson);
  } catch {
    return undefined;
  }
  const parsed = storedMessageSchema.safeParse({ type, payload });
  return parsed.success ? parsed.data : undefined;
}

export function readStoredContent(row: StoredContent): MessageContentView {
  const typed =
    (row.payload_json === null ? undefined : fromPayloadJson(row.content_type, row.payload_json)) ??
    decodeContent(row.content_type, row.content);
  return typed ?? { type: "unreadable", content_type: row.content_type, raw: row.content };
}
