import { type MessageDraft, messagePayloadSchemas } from "../../../../../contract/message-content.ts";
import { type ComposerValues, composerValuesSchema } from "./composer-values.ts";

// Turns the composer's strings into the shape the payload schema of the chosen type expects: blank
// fields become absent (so a required one reads "required", an optional one is left out), numbers
// become numbers, rich-text blocks keep only their kind's fields. Validation stays with
// contract/message-content.ts; this only reshapes.

const text = (value: string) => (value.trim() === "" ? undefined : value);
const trimmed = (value: string) => (value.trim() === "" ? undefined : value.trim());
const numeric = (value: string) => (value.trim() === "" ? undefined : Number(value.trim()));

/** A candidate payload for `values.type`; not yet validated. */
export function composerCandidate(values: ComposerValues): Record<string, unknown> {
  const media = { mediaId: trimmed(values.mediaId), url: trimmed(values.url) };
  switch (values.type) {
    case "TEXT":
      return { text: text(values.text) };
    case "IMAGE":
      return media;
    case "VIDEO":
      return { ...media, duration: numeric(values.duration), picUrl: trimmed(values.picUrl) };
    case "VOICE":
      return { ...media, duration: numeric(values.duration) };
    case "FILE":
      return { ...media, fileName: text(values.fileName), fileSize: numeric(values.fileSize) };
    case "LINK":
      return { title: text(values.title), text: text(values.text), messageUrl: trimmed(values.messageUrl), picUrl: trimmed(values.picUrl) };
    case "MARK_DOWN":
      return { title: text(values.title), text: text(values.text) };
    case "ACTION_CARD":
      return {
        title: text(values.title),
        markdown: text(values.markdown),
        buttons: values.buttons.map((b) => ({ title: text(b.title), actionURL: trimmed(b.actionURL) })),
        btnOrientation: values.btnOrientation,
      };
    case "RICH_TEXT":
      return {
        richText: values.richText.map((block) =>
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
