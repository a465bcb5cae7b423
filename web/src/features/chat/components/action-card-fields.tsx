import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { RadioGroupField } from "../../../components/form/radio-group-field.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { useComposerLabel } from "../hooks/use-composer-label.ts";
import { type ComposerValues, emptyButton, maxCardButtons } from "../lib/composer-values.ts";
import { CountedTextField } from "./counted-text-field.tsx";
import { MessageTextArea } from "./message-text-area.tsx";
import { RemoveRowButton } from "./remove-row-button.tsx";

// An action card: a title, a markdown body and one to five buttons that open links.

export function ActionCardFields() {
  const { t } = useTranslation("chat");
  const label = useComposerLabel();
  const { control, setFocus } = useFormContext<ComposerValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "ACTION_CARD.buttons" });
  const removeAt = (index: number) => {
    remove(index);
    // Focus would fall to the page with the removed button; keep it in the list instead.
    setTimeout(() => setFocus(`ACTION_CARD.buttons.${Math.max(0, index - 1)}.title`));
  };
  return (
    <>
      <CountedTextField name="ACTION_CARD.title" label={label("ACTION_CARD.title")} required />
      <MessageTextArea name="ACTION_CARD.markdown" label={label("ACTION_CARD.markdown")} rows={3} />
      <fieldset className="chat-fieldset">
        <legend className="field__label">{t("composer.fields.buttons")}</legend>
        {fields.map((field, index) => (
          <div key={field.id} className="chat-repeat-row">
            <CountedTextField
              name={`ACTION_CARD.buttons.${index}.title`}
              label={label(`ACTION_CARD.buttons.${index}.title`)}
              required
            />
            <TextField
              name={`ACTION_CARD.buttons.${index}.actionURL`}
              label={label(`ACTION_CARD.buttons.${index}.actionURL`)}
              type="url"
              inputMode="url"
              placeholder="https://"
              required
            />
            {fields.length > 1 && (
              <RemoveRowButton label={t("composer.fields.removeButton", { n: index + 1 })} onRemove={() => removeAt(index)} />
            )}
          </div>
        ))}
        {fields.length < maxCardButtons && (
          <button type="button" className="button button--small" onClick={() => append(emptyButton())}>
            {t("composer.fields.addButton")}
          </button>
        )}
      </fieldset>
      {fields.length > 1 && (
        <RadioGroupField
          name="ACTION_CARD.btnOrientation"
          label={t("composer.fields.orientation")}
          options={[
            { value: "0", label: t("composer.fields.vertical") },
            { value: "1", label: t("composer.fields.horizontal") },
          ]}
        />
      )}
    </>
  );
}
