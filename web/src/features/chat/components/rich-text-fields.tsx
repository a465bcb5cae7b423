import { useId } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/form/text-field.tsx";
import { useComposerLabel } from "../hooks/use-composer-label.ts";
import { type ComposerValues, emptyRichBlock, maxRichTextBlocks } from "../lib/composer-values.ts";
import { CharCounter } from "./char-counter.tsx";
import { MessageTextArea } from "./message-text-area.tsx";
import { RemoveRowButton } from "./remove-row-button.tsx";

// Rich text: an ordered list of parts, each a run of text (optionally bold) or an image.

function BoldToggle({ index }: { index: number }) {
  const { t } = useTranslation("chat");
  const { register } = useFormContext<ComposerValues>();
  const id = useId();
  return (
    <div className="chat-checkbox">
      <input id={id} type="checkbox" {...register(`RICH_TEXT.richText.${index}.bold`)} />
      <label htmlFor={id}>{t("composer.fields.blockBold")}</label>
    </div>
  );
}

export function RichTextFields() {
  const { t } = useTranslation("chat");
  const label = useComposerLabel();
  const { control, setFocus } = useFormContext<ComposerValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "RICH_TEXT.richText" });
  const removeAt = (index: number) => {
    remove(index);
    // Focus would fall to the page with the removed part: move it to the part before (or now first).
    const target = Math.max(0, index - 1);
    const name = fields[index > 0 ? index - 1 : 1]?.kind === "image" ? "imageUrl" : "text";
    setTimeout(() => setFocus(`RICH_TEXT.richText.${target}.${name}`));
  };
  return (
    <fieldset className="chat-fieldset">
      <legend className="field__label">{t("composer.fields.blocks")}</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="chat-repeat-row">
          {field.kind === "text" ? (
            <>
              <MessageTextArea name={`RICH_TEXT.richText.${index}.text`} label={label(`RICH_TEXT.richText.${index}.text`)} />
              <BoldToggle index={index} />
            </>
          ) : (
            <TextField
              name={`RICH_TEXT.richText.${index}.imageUrl`}
              label={label(`RICH_TEXT.richText.${index}.imageUrl`)}
              type="url"
              inputMode="url"
              placeholder="https://"
              required
            />
          )}
          {fields.length > 1 && (
            <RemoveRowButton label={t("composer.fields.removeBlock", { n: index + 1 })} onRemove={() => removeAt(index)} />
          )}
        </div>
      ))}
      <CharCounter name="RICH_TEXT.richText" label={label("RICH_TEXT.richText")} />
      {fields.length < maxRichTextBlocks && (
        <div className="chat-inline-actions">
          <button type="button" className="button button--small" onClick={() => append(emptyRichBlock("text"))}>
            {t("composer.fields.addText")}
          </button>
          <button type="button" className="button button--small" onClick={() => append(emptyRichBlock("image"))}>
            {t("composer.fields.addImage")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
