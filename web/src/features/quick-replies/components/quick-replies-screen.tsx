import "../quick-replies.css";
import { useDeferredValue, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { quickReplyLimits, type QuickReplyView } from "../../../../../contract/quick-replies.ts";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { registerLazyNamespace } from "../../../i18n/i18n.ts";
import { useQuickReplyList } from "../api/get-quick-reply-list.ts";
import { quickRepliesLocales } from "../locales.ts";
import { DeleteQuickReplyDialog } from "./delete-quick-reply-dialog.tsx";
import { QuickReplyDialog } from "./quick-reply-dialog.tsx";
import { QuickReplyItem } from "./quick-reply-item.tsx";

// The supervisor's quick replies (loaded on demand, with its strings): search, add, edit and delete
// the replies agents insert with `/`. The list is the server's (filtered and capped there) and refetches
// when any supervisor changes a reply, here or in another console (live event).

registerLazyNamespace("quickReplies", quickRepliesLocales);

type Editing = { mode: "closed" } | { mode: "create" } | { mode: "edit"; reply: QuickReplyView };

export function QuickRepliesScreen({ agentName }: { agentName: string }) {
  const { t } = useTranslation(["quickReplies", "common"]);
  const headingId = useId();
  const searchId = useId();
  const [search, setSearch] = useState("");
  // Typing stays responsive; the request follows the deferred value.
  const q = useDeferredValue(search.trim());
  const list = useQuickReplyList(q);
  const [editing, setEditing] = useState<Editing>({ mode: "closed" });
  const [deleting, setDeleting] = useState<QuickReplyView | undefined>();
  const items = list.data?.items ?? [];

  return (
    <main id="main" className="screen qr-screen" tabIndex={-1} aria-labelledby={headingId}>
      <header className="screen__header screen__header--actions">
        <div>
          <h1 id={headingId} className="screen__title">
            {t("title")}
          </h1>
          <p className="muted">{t("intro")}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setEditing({ mode: "create" })}>
          {t("create")}
        </button>
      </header>
      <div className="qr-screen__search field" role="search">
        <label htmlFor={searchId} className="field__label">
          {t("search")}
        </label>
        <input
          id={searchId}
          type="search"
          className="field__control"
          placeholder={t("searchHint")}
          maxLength={quickReplyLimits.query}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {list.isError && <ApiErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <p className="muted pane-message">{t("common:loading")}</p>
      ) : items.length === 0 ? (
        !list.isError && <p className="muted data-table-empty">{q ? t("noMatch", { q }) : t("empty")}</p>
      ) : (
        <>
          <p className="muted qr-screen__count" role="status">
            {items.length >= quickReplyLimits.list ? t("capped", { count: items.length }) : t("count", { count: items.length })}
          </p>
          <ul className="qr-list">
            {items.map((reply) => (
              <li key={reply.id}>
                <QuickReplyItem reply={reply} onEdit={(r) => setEditing({ mode: "edit", reply: r })} onDelete={setDeleting} />
              </li>
            ))}
          </ul>
        </>
      )}
      <QuickReplyDialog
        open={editing.mode !== "closed"}
        reply={editing.mode === "edit" ? editing.reply : undefined}
        onClose={() => setEditing({ mode: "closed" })}
        agentName={agentName}
      />
      <DeleteQuickReplyDialog reply={deleting} onClose={() => setDeleting(undefined)} />
    </main>
  );
}
