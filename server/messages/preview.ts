import type { MessageView } from "../../contract/api.ts";

// The one-line preview of a message for the inbox row: text's first characters, a link's title, the
// kind of anything else in brackets. Computed once when a message is sent and kept with the session,
// so listing a page of sessions reads no messages.

const MAX = 80;

export function previewOf(message: Pick<MessageView, "type"> & { payload?: unknown; raw?: string }): string {
  const p = (message.payload ?? {}) as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((k) => p[k]).find((v): v is string => typeof v === "string" && v.trim() !== "");
  switch (message.type) {
    case "TEXT":
      return clip(pick("text") ?? "");
    case "LINK":
    case "MARK_DOWN":
    case "ACTION_CARD":
      return clip(`[${message.type === "LINK" ? "link" : "card"}] ${pick("title") ?? ""}`);
    case "RICH_TEXT": {
      const runs = Array.isArray(p.richText) ? (p.richText as Array<Record<string, unknown>>) : [];
      return clip(runs.map((r) => (typeof r.text === "string" ? r.text : "[image]")).join(""));
    }
    case "FILE":
      return clip(`[file] ${pick("fileName") ?? ""}`);
    case "IMAGE":
      return "[image]";
    case "VIDEO":
      return "[video]";
    case "VOICE":
      return "[voice]";
    default:
      return "[message]";
  }
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  // By code points, so an emoji is never cut in half.
  const chars = Array.from(oneLine);
  return chars.length > MAX ? `${chars.slice(0, MAX - 1).join("")}…` : oneLine;
}
