import { z } from "zod";
import { contentTypeName, type MessageDraft, storedMessageSchema } from "../../contract/message-content.ts";
import { type ContentType, contentTypes } from "../../contract/top-dtos.ts";

// How each typed message is encoded into message.send's `content` string, and read back. The TOP pages
// give no format beyond TEXT; the lippi service forwards to DingTalk, so the JSON bodies follow
// DingTalk's message shapes (top-protocol.md, "Message content"). Only the server knows this format:
// the browser and every other API client send and receive the typed payload.

/**
 * An action card with one button uses DingTalk's single-button form; with more, the button list.
 * Everything else is the payload's JSON, and TEXT is the text itself.
 */
export function encodeContent(message: MessageDraft): { content_type: ContentType; content: string } {
  const content_type = contentTypes[message.type];
  switch (message.type) {
    case "TEXT":
      return { content_type, content: message.payload.text };
    case "ACTION_CARD": {
      const { title, markdown, buttons, btnOrientation } = message.payload;
      const [only] = buttons;
      const body =
        buttons.length === 1 && only
          ? { title, markdown, singleTitle: only.title, singleURL: only.actionURL }
          : { title, markdown, btnOrientation: btnOrientation ?? "0", btns: buttons };
      return { content_type, content: JSON.stringify(body) };
    }
    default:
      return { content_type, content: JSON.stringify(message.payload) };
  }
}

const singleButtonCard = z.object({ title: z.unknown(), markdown: z.unknown(), singleTitle: z.unknown(), singleURL: z.unknown() });
const listCard = z.object({ title: z.unknown(), markdown: z.unknown(), btnOrientation: z.unknown(), btns: z.unknown() });

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}

/** DingTalk's card forms back into the payload's shape; the payload schema judges the result. */
function cardPayload(json: unknown): unknown {
  const single = singleButtonCard.safeParse(json);
  if (single.success && single.data.singleTitle !== undefined) {
    const { title, markdown, singleTitle, singleURL } = single.data;
    return { title, markdown, buttons: [{ title: singleTitle, actionURL: singleURL }] };
  }
  const list = listCard.safeParse(json);
  if (!list.success) return undefined;
  const { btns, btnOrientation, title, markdown } = list.data;
  return { title, markdown, buttons: btns, ...(btnOrientation === undefined ? {} : { btnOrientation }) };
}

/**
 * Reads a content string back into a typed message, checked against the stored-row schemas (the
 * send's structure, looser limits); undefined when it is not one (unknown type, not JSON). Never throws.
 */
export function decodeContent(contentType: number, content: string): MessageDraft | undefined {
  const type = contentTypeName(contentType);
  if (!type) return undefined;
  const payload = type === "TEXT" ? { text: content } : type === "ACTION_CARD" ? cardPayload(parseJson(content)) : parseJson(content);
  const parsed = storedMessageSchema.safeParse({ type, payload });
  return parsed.success ? parsed.data : undefined;
}
