import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { RadioGroupField } from "../../../components/form/radio-group-field.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { type ComposerValues, emptyButton, maxCardButtons } from "../lib/composer-values.ts";
import { RemoveRowButton } from "./remove-row-button.tsx";

// An action card: a title, a markdown body and one to five buttons that open links.

export function ActionCardFields() {
  const { t } = useTranslation("chat");
  const { control, setFocus } = useFormContext<ComposerValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "buttons" });
  const removeAt = (index: number) => {
    remove(index);
    // Focus would fall to the page with the removed button; keep it in the list instead.
    setTimeout(() => setFocus(`buttons.${Math.max(0, index - 1)}.title`));
  };
  return (
    <>
      <TextField name="title" label={t("composer.fields.title")} required />
      <TextField name="markdown" label={t("composer.fields.cardMarkdown")} multiline required />
      <fieldset className="chat-fieldset">
        <legend className="field__label">{t("composer.fields.buttons")}</legend>
        {fields.map((field, index) => (
          <div key={field.id} className="chat-repeat-row">
            <TextField name={`buttons.${index}.title`} label={t("composer.fields.buttonTitle", { n: index + 1 })} required />
            <TextField
              name={`buttons.${index}.actionURL`}
              label={t("composer.fields.buttonUrl", { n: index + 1 })}
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
          name="btnOrientation"
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
