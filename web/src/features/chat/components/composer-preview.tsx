import { useId } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { MessageDraft } from "../../../../../contract/message-content.ts";
import { composerDraft } from "../lib/composer-payload.ts";
import { type ComposerValues, composerValuesSchema } from "../lib/composer-values.ts";
import { MessageContent } from "./message-content.tsx";

// What the panel's message will look like, drawn by the same component as the conversation, as the
// agent types. Markdown previews while it is still incomplete, lists leave out their parts not yet
// filled in, other types appear once their fields are valid.

function previewDraft(values: ComposerValues): MessageDraft | undefined {
  const markdown = values.MARK_DOWN;
  if (values.type === "MARK_DOWN" && (markdown.title.trim() || markdown.text.trim())) {
    return { type: "MARK_DOWN", payload: { title: markdown.title, text: markdown.text } };
  }
  const card = values.ACTION_CARD;
  return composerDraft({
    ...values,
    ACTION_CARD: { ...card, buttons: card.buttons.filter((button) => button.title.trim() || button.actionURL.trim()) },
    RICH_TEXT: { richText: values.RICH_TEXT.richText.filter((block) => (block.kind === "text" ? block.text : block.imageUrl).trim()) },
  });
}

export function ComposerPreview() {
  const { t } = useTranslation("chat");
  const headingId = useId();
  const values = composerValuesSchema.parse(useWatch<ComposerValues>());
  const draft = previewDraft(values);
  return (
    <section className="chat-preview" aria-labelledby={headingId}>
      <h3 id={headingId} className="chat-preview-title">
        {t("composer.preview")}
      </h3>
      {draft ? (
        <div className="msg msg--mine msg--preview">
          <div className="msg-bubble">
            <MessageContent draft={draft} />
          </div>
        </div>
      ) : (
        <p className="chat-muted">{t("composer.previewEmpty")}</p>
      )}
    </section>
  );
}
