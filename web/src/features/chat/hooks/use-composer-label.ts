import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { composerFieldLabel } from "../lib/composer-field-labels.ts";

/** A composer field's label in the UI language, by the field's form name (see composer-field-labels.ts). */
export function useComposerLabel() {
  const { t } = useTranslation("chat");
  return useCallback(
    (name: string) => {
      const { key, n } = composerFieldLabel(name);
      return t(`composer.fields.${key}`, { n: n ?? 0 });
    },
    [t],
  );
}
