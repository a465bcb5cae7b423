import { type MessageDraft, messagePayloadSchemas } from "../../../../../contract/message-content.ts";
import { type ComposerValues, composerTypes, composerValuesSchema } from "./composer-values.ts";

// Turns the strings of the chosen panel into the shape its payload schema expects: blank
// fields become absent (so a required one reads "required", an optional one is left out), numbers
// become numbers, rich-text blocks keep only their kind's fields. Validation stays with
// contract/message-content.ts; this only reshapes.

const text = (value: string) => (value.trim() === "" ? undefined : value);
const trimmed = (value: string) => (value.trim() === "" ? undefined : value.trim());
const numeric = (value: string) => (value.trim() === "" ? undefined : Number(value.trim()));

/** A candidate payload from the panel of `values.type`; not yet validated. */
export function composerCandidate(values: ComposerValues): Record<string, unknown> {
  const media = (v: { mediaId: string; url: string }) => ({ mediaId: trimmed(v.mediaId), url: trimmed(v.url) });
  switch (values.type) {
    case "TEXT":
      return { text: text(values.TEXT.text) };
    case "IMAGE":
      return media(values.IMAGE);
    case "VIDEO": {
      const v = values.VIDEO;
      return { ...media(v), duration: numeric(v.duration), picUrl: trimmed(v.picUrl) };
    }
    case "VOICE":
      return { ...media(values.VOICE), duration: numeric(values.VOICE.duration) };
    case "FILE": {
      const v = values.FILE;
      return { ...media(v), fileName: text(v.fileName), fileSize: numeric(v.fileSize) };
    }
    case "LINK": {
      const v = values.LINK;
      return { title: text(v.title), text: text(v.text), messageUrl: trimmed(v.messageUrl), picUrl: trimmed(v.picUrl) };
    }
    case "MARK_DOWN":
      return { title: text(values.MARK_DOWN.title), text: text(values.MARK_DOWN.text) };
    case "ACTION_CARD": {
      const v = values.ACTION_CARD;
      return {
        title: text(v.title),
        markdown: text(v.markdown),
        buttons: v.buttons.map((b) => ({ title: text(b.title), actionURL: trimmed(b.actionURL) })),
        btnOrientation: v.btnOrientation,
      };
    }
    case "RICH_TEXT":
      return {
        richText: values.RICH_TEXT.richText.map((block) =>
          block.kind === "text" ? { text: text(block.text), ...(block.bold ? { bold: true } : {}) } : { imageUrl: trimmed(block.imageUrl) },
        ),
      };
  }
}

/** The payload passed the schema of `type`, so pairing them is the MessageDraft the contract defines. */
export function toMessageDraft(type: ComposerValues["type"], payload: unknown): MessageDraft {
  return { type, payload } as MessageDraft;
}

/** The form's values (possibly with blanks as undefined) as a valid draft, or undefined. */
export function composerDraft(raw: unknown): MessageDraft | undefined {
  const values = composerValuesSchema.parse(raw);
  const parsed = messagePayloadSchemas[values.type].safeParse(composerCandidate(values));
  return parsed.success ? toMessageDraft(values.type, parsed.data) : undefined;
}

/**
 * A key for the message the form's values would send, to tell whether a draft is the one already sent.
 * The payload schemas fix the key order of their output, so the same values give the same key.
 */
export function composerDraftKey(raw: unknown): string | undefined {
  const draft = composerDraft(raw);
  return draft && draftKey(draft);
}

export const draftKey = (draft: MessageDraft) => JSON.stringify(draft);

/** The type of the message a key stands for (see draftKey), or undefined for a key of another shape. */
export function draftKeyType(key: string): ComposerValues["type"] | undefined {
  try {
    const type = (JSON.parse(key) as { type?: unknown }).type;
    return composerTypes.find((known) => known === type);
  } catch {
    return undefined;
  }
}
