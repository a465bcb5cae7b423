import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type PlaceholderPart, placeholderParts } from "../lib/placeholder-parts.ts";

// What the customer would read, in each language, with sample values in place of the placeholders
// (marked, and named on hover), as the supervisor types.

export function QuickReplyPreview({ agentName }: { agentName: string }) {
  const { t } = useTranslation("quickReplies");
  const [zh, en] = useWatch({ name: ["text_zh", "text_en"] }) as [string | undefined, string | undefined];
  // A customer of each text's language, whatever the supervisor's own.
  const languages = [
    { lang: "zh-CN", label: t("textZh"), text: zh ?? "", customer: "王小明" },
    { lang: "en", label: t("textEn"), text: en ?? "", customer: "Alex Chen" },
  ];
  return (
    <section className="qr-preview" aria-label={t("preview.title")}>
      <h3 className="qr-preview__title">{t("preview.title")}</h3>
      <p className="muted qr-preview__note">{t("preview.note")}</p>
      <div className="qr-texts">
        {languages.map(({ lang, label, text, customer }) => (
          <div key={lang} className="qr-texts__item">
            <p className="qr-texts__label">{label}</p>
            {text.trim() === "" ? (
              <p className="muted">{t("preview.empty")}</p>
            ) : (
              <p className="qr-preview__bubble" lang={lang}>
                {placeholderParts(text).map((part, index) => (
                  <PreviewPart key={index} part={part} samples={{ customer_nickname: customer, agent_name: agentName }} />
                ))}
              </p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function PreviewPart({ part, samples }: { part: PlaceholderPart; samples: Record<"customer_nickname" | "agent_name", string> }) {
  if (part.kind === "text") return part.text;
  if (part.kind === "unknown") return <mark className="qr-preview__value qr-preview__value--unknown">{part.text}</mark>;
  return (
    <mark className="qr-preview__value" title={`{{${part.name}}}`}>
      {samples[part.name]}
    </mark>
  );
}
