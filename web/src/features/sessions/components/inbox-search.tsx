import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { sessionSearchMax } from "../../../../../contract/api.ts";
import { channelValues } from "../../../../../contract/top-dtos.ts";
import "../../../components/form/form.css";
import { setSearchParams } from "../../../lib/search-param.ts";
import type { InboxFilter } from "../lib/inbox-filter.ts";

// The search box and channel filter above the session list. The search goes to the URL (`q`) a moment
// after typing stops, never while an input method is composing (a half-built pinyin syllable is not a
// search), and replaces the history entry so Back leaves the list, not each keystroke. Escape clears.
// No `/` shortcut to reach it: `/` belongs to the composer's quick replies.

const DEBOUNCE_MS = 300;

export function InboxSearch({ filter }: { filter: InboxFilter }) {
  const { t } = useTranslation("sessions");
  const hintId = useId();
  const [text, setText] = useState(filter.q ?? "");
  const [composing, setComposing] = useState(false);
  const applied = useRef(filter.q ?? "");

  // Back/Forward or a link changed the URL's search: show it.
  useEffect(() => {
    if ((filter.q ?? "") !== applied.current) {
      applied.current = filter.q ?? "";
      setText(filter.q ?? "");
    }
  }, [filter.q]);

  useEffect(() => {
    if (composing) return;
    const next = text.trim();
    if (next === applied.current) return;
    const timer = setTimeout(() => {
      applied.current = next;
      setSearchParams({ q: next || undefined }, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, composing]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Escape" || composing || text === "") return;
    // Handled here: Escape must not also close whatever holds the list (a narrow screen's view).
    event.preventDefault();
    event.stopPropagation();
    setText("");
    applied.current = "";
    setSearchParams({ q: undefined }, { replace: true });
  };

  return (
    <div className="inbox-search" role="search" aria-label={t("search.region")}>
      <input
        type="search"
        className="field__control inbox-search__input"
        aria-label={t("search.label")}
        aria-describedby={hintId}
        placeholder={t("search.placeholder")}
        value={text}
        maxLength={sessionSearchMax}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setText(event.target.value)}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={(event) => {
          setComposing(false);
          setText(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="visually-hidden">
        {t("search.hint")}
      </span>
      <select
        className="field__control inbox-search__channel"
        aria-label={t("search.channel")}
        value={filter.channel ?? ""}
        onChange={(event) => setSearchParams({ channel: event.target.value || undefined })}
      >
        <option value="">{t("search.anyChannel")}</option>
        {channelValues.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channel.${channel}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
