import { useTranslation } from "react-i18next";
import type { QuickReplyView } from "../../../../../contract/quick-replies.ts";

// The popup of the `/` picker: the first matching saved replies as a listbox the text box drives with
// aria-activedescendant (focus stays in the text box, so typing keeps filtering), or a line saying
// why there is nothing to pick. Options are picked on mousedown, before the text box loses focus.

interface Props {
  id: string;
  optionId: (index: number) => string;
  query: string;
  items: readonly QuickReplyView[];
  /** How many more replies match than are shown. */
  more: number;
  textOf: (reply: QuickReplyView) => string;
  active: number;
  state: "loading" | "failed" | "ready";
  onPick: (reply: QuickReplyView) => void;
  onHover: (index: number) => void;
}

export function QuickReplyList({ id, optionId, query, items, more, textOf, active, state, onPick, onHover }: Props) {
  const { t } = useTranslation("chat");
  const note =
    state === "loading" && items.length === 0
      ? t("composer.quickReplies.loading")
      : state === "failed"
        ? t("composer.quickReplies.failed")
        : items.length === 0
          ? query
            ? t("composer.quickReplies.none", { q: query })
            : t("composer.quickReplies.empty")
          : undefined;
  return (
    <div className="chat-quick-replies">
      <p className="chat-quick-replies-head" aria-hidden="true">
        <span>{t("composer.quickReplies.label")}</span>
        <span className="chat-muted">{t("composer.quickReplies.hint")}</span>
      </p>
      {note ? (
        <p className="chat-muted chat-quick-replies-note" role="status">
          {note}
        </p>
      ) : (
        <ul id={id} role="listbox" aria-label={t("composer.quickReplies.label")} className="chat-quick-replies-list">
          {items.map((reply, index) => (
            <li
              key={reply.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="chat-quick-reply"
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(reply);
              }}
              onMouseMove={() => onHover(index)}
            >
              <span className="chat-quick-reply-title">{reply.title}</span>
              <span className="chat-quick-reply-text">{textOf(reply)}</span>
            </li>
          ))}
        </ul>
      )}
      {!note && more > 0 && <p className="chat-muted chat-quick-replies-note">{t("composer.quickReplies.more", { count: more })}</p>}
    </div>
  );
}
