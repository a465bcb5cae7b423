import { useTranslation } from "react-i18next";
import type { QuickReplyView } from "../../../../../contract/quick-replies.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";

// One saved reply: its title, who changed it last and when, the Chinese and English texts side by
// side (as written, placeholders and all), and its Edit and Delete actions named after it.

interface QuickReplyItemProps {
  reply: QuickReplyView;
  onEdit: (reply: QuickReplyView) => void;
  onDelete: (reply: QuickReplyView) => void;
}

export function QuickReplyItem({ reply, onEdit, onDelete }: QuickReplyItemProps) {
  const { t } = useTranslation("quickReplies");
  const texts = [
    { lang: "zh-CN", label: t("textZh"), text: reply.text_zh },
    { lang: "en", label: t("textEn"), text: reply.text_en },
  ];
  return (
    <article className="qr-item panel" aria-labelledby={`qr-${reply.id}`}>
      <header className="qr-item__header">
        <div className="qr-item__heading">
          <h2 id={`qr-${reply.id}`} className="qr-item__title">
            {reply.title}
          </h2>
          <p className="muted qr-item__meta">
            {t("updated", { by: reply.updated_by })} · <RelativeTime at={reply.updated_at} />
          </p>
        </div>
        <div className="qr-item__actions">
          <button type="button" className="button button--small" aria-label={t("editNamed", { title: reply.title })} onClick={() => onEdit(reply)}>
            {t("edit")}
          </button>
          <button type="button" className="button button--small" aria-label={t("deleteNamed", { title: reply.title })} onClick={() => onDelete(reply)}>
            {t("delete")}
          </button>
        </div>
      </header>
      <dl className="qr-texts">
        {texts.map(({ lang, label, text }) => (
          <div key={lang} className="qr-texts__item">
            <dt className="qr-texts__label">{label}</dt>
            <dd className={text ? "qr-texts__text" : "qr-texts__text muted"} lang={text ? lang : undefined}>
              {text || t("noText")}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
