import { useTranslation } from "react-i18next";
import type { BoardSession, BoardSort } from "../../../../../contract/board.ts";
import { DataTable } from "../../../components/data-table.tsx";
import { ElapsedTime } from "../../../components/elapsed-time.tsx";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { SearchParamsLink } from "../../../components/search-params-link.tsx";
import { isSelected, pageState, type Selection, toggleRow, togglePage } from "../lib/selection.ts";
import { SortHeader } from "./sort-header.tsx";

// Open sessions in the chosen order (longest idle first by default; each column header sorts, on the
// server, over every matching session). Idle and last activity read the one shared clock, so "12 min"
// and "12 minutes ago" always agree. Each customer name opens the session in the workspace; every row
// has a labelled checkbox, the header one selects every row shown (and shows "some" as indeterminate).
// Below 760px each row is a card (board.css), its cells named by `data-label` since the headers are out
// of sight.

interface BoardTableProps {
  rows: readonly BoardSession[];
  sort: BoardSort;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
}

export function BoardTable({ rows, sort, selection, onSelectionChange }: BoardTableProps) {
  const { t } = useTranslation(["board", "sessions"]);
  const shown = rows.map((session) => session.sid);
  const page = pageState(selection, shown);
  const header = (column: BoardSort["sort"], label: string) => <SortHeader column={column} label={label} sort={sort} />;

  return (
    <DataTable caption={t("table.caption", { order: t(`sort.order.${sort.sort}.${sort.dir}`) })} className="board-table">
        <thead>
          <tr>
            <th scope="col" className="data-table__check" data-label={t("table.selectShown")}>
              <input
                type="checkbox"
                aria-label={t("table.selectPage", { count: shown.length })}
                checked={page === "all"}
                ref={(box) => {
                  if (box) box.indeterminate = page === "some";
                }}
                onChange={() => onSelectionChange(togglePage(selection, shown))}
              />
            </th>
            {header("customer", t("table.customer"))}
            {header("idle", t("table.idle"))}
            {header("channel", t("table.channel"))}
            {header("agent", t("table.agent"))}
            {header("source", t("table.source"))}
            {header("last_activity", t("table.lastActivity"))}
          </tr>
        </thead>
        <tbody>
          {rows.map((session) => {
            const name = session.channel_nick ?? session.channel_uid;
            const selected = isSelected(selection, session.sid);
            return (
              <tr key={session.sid} className={selected ? "data-table__row--selected" : undefined}>
                <td className="data-table__check">
                  <input
                    type="checkbox"
                    aria-label={t("table.selectRow", { name })}
                    checked={selected}
                    onChange={() => onSelectionChange(toggleRow(selection, session.sid, shown))}
                  />
                </td>
                <th scope="row" className="board-table__customer">
                  {/* The session in the workspace (`?sid=`), also openable in a new tab. */}
                  <SearchParamsLink updates={{ view: undefined, sid: session.sid }}>{name}</SearchParamsLink>
                  <code className="board-table__sid">{session.sid}</code>
                  {session.unknown_to_platform_at !== undefined && <span className="badge badge--warning">{t("table.unknownToPlatform")}</span>}
                </th>
                <td className="board-table__idle" data-label={t("table.idle")}>
                  <ElapsedTime since={session.last_activity_at} />
                </td>
                <td data-label={t("table.channel")}>{t(`sessions:channel.${session.channel}`)}</td>
                <td data-label={t("table.agent")}>{session.agent}</td>
                <td data-label={t("table.source")}>{session.session_source}</td>
                <td data-label={t("table.lastActivity")}>
                  <RelativeTime at={session.last_activity_at} />
                </td>
              </tr>
            );
          })}
        </tbody>
    </DataTable>
  );
}
