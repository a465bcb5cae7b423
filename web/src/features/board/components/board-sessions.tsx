import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardFilter, BoardSort } from "../../../../../contract/board.ts";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { useBoardSessions } from "../api/get-board-sessions.ts";
import { bulkTarget, noSelection, type Selection, selectedRows, selectMatching } from "../lib/selection.ts";
import { BoardTable } from "./board-table.tsx";
import { BulkCloseDialog } from "./bulk-close-dialog.tsx";

// The counts, the selection and its bulk action, and the table of open sessions. "Select all matching"
// switches the bulk close to the filter, which the server resolves over every matching session.

interface BoardSessionsProps {
  filter: BoardFilter;
  sort: BoardSort;
  onStarted: (jobId: string) => void;
}

export function BoardSessions({ filter, sort, onStarted }: BoardSessionsProps) {
  const { t } = useTranslation(["board", "common"]);
  const board = useBoardSessions(filter, sort);
  const [selection, setSelection] = useState<Selection>(noSelection);
  const [closing, setClosing] = useState(false);

  const pages = board.data?.pages ?? [];
  const rows = pages.flatMap((page) => page.items);
  const shown = rows.map((session) => session.sid);
  // The counts of the most recently fetched page are the current ones.
  const counts = pages.at(-1)?.counts;
  const matching = counts?.matching ?? 0;
  const selectedCount = selection.mode === "matching" ? matching : selectedRows(selection, shown).length;
  const target = bulkTarget(selection, shown, filter);

  if (board.isPending) return <p className="muted pane-message">{t("table.loading")}</p>;
  if (board.isError && rows.length === 0) return <ApiErrorNotice error={board.error} onRetry={() => void board.refetch()} />;

  return (
    <div className="board-sessions">
      <div className="board-toolbar">
        <p className="board-counts" role="status">
          {counts && t("counts", { open: counts.open, matching: counts.matching })}
        </p>
        <div className="board-toolbar__selection">
          <span className="board-toolbar__count">{t("selection.count", { count: selectedCount })}</span>
          {selection.mode !== "matching" && matching > 0 && (
            <button type="button" className="button button--quiet button--small" onClick={() => setSelection(selectMatching())}>
              {t("selection.selectMatching", { count: matching })}
            </button>
          )}
          {selectedCount > 0 && (
            <button type="button" className="button button--quiet button--small" onClick={() => setSelection(noSelection)}>
              {t("selection.clear")}
            </button>
          )}
          <button type="button" className="button button--danger" disabled={!target || selectedCount === 0} onClick={() => setClosing(true)}>
            {t("selection.close")}
          </button>
        </div>
      </div>
      {selection.mode === "matching" && (
        <p className="notice notice--warning board-matching" role="status">
          {t("selection.matching", { count: matching })}
        </p>
      )}
      {board.isError && <ApiErrorNotice error={board.error} onRetry={() => void board.refetch()} />}
      {rows.length === 0 ? (
        <p className="muted data-table-empty">{counts?.open ? t("table.empty") : t("table.emptyAll")}</p>
      ) : (
        <BoardTable rows={rows} sort={sort} selection={selection} onSelectionChange={setSelection} />
      )}
      {board.hasNextPage && (
        <div className="board-more">
          <span className="muted">{t("table.shown", { shown: rows.length, matching })}</span>
          <button
            type="button"
            className="button"
            onClick={() => void board.fetchNextPage()}
            aria-disabled={board.isFetchingNextPage || undefined}
          >
            {t("table.loadMore")}
          </button>
        </div>
      )}
      {target && (
        <BulkCloseDialog
          open={closing}
          onClose={() => setClosing(false)}
          target={target}
          matching={matching}
          shown={rows.length}
          onStarted={(jobId) => {
            setClosing(false);
            setSelection(noSelection);
            onStarted(jobId);
          }}
        />
      )}
    </div>
  );
}
