import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { BoardSession } from "../../../../../contract/board.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { setSearchParams, withSearchParams } from "../../../lib/search-param.ts";
import { useNow } from "../../../lib/use-now.ts";
import { idleDuration, idleNow } from "../lib/format-idle.ts";
import { isSelected, pageState, type Selection, toggleRow, togglePage } from "../lib/selection.ts";
import { DataTable } from "../../../components/data-table.tsx";

// Open sessions, longest idle first. Idle times count on between fetches (every 15 s); each customer
// name opens the session in the workspace; every row has a labelled checkbox, the header one selects
// every row shown (and shows "some" as indeterminate).

export interface BoardRow {
  session: BoardSession;
  /** When the row's page arrived: its idle_ms was true then. */
  receivedAt: number;
}

interface BoardTableProps {
  rows: readonly BoardRow[];
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
}

export function BoardTable({ rows, selection, onSelectionChange }: BoardTableProps) {
  const { t } = useTranslation(["board", "sessions"]);
  const now = useNow(15_000);
  const shown = rows.map((row) => row.session.sid);
  const page = pageState(selection, shown);

  return (
    <DataTable caption={t("table.caption")} className="board-table">
        <thead>
          <tr>
            <th scope="col" className="data-table__check">
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
            <th scope="col">{t("table.customer")}</th>
            <th scope="col">{t("table.idle")}</th>
            <th scope="col">{t("table.channel")}</th>
            <th scope="col">{t("table.agent")}</th>
            <th scope="col">{t("table.source")}</th>
            <th scope="col">{t("table.lastActivity")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ session, receivedAt }) => {
            const name = session.channel_nick ?? session.channel_uid;
            const idle = idleDuration(idleNow(session.idle_ms, receivedAt, now));
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
                  <SessionLink sid={session.sid} name={name} />
                  <code className="board-table__sid">{session.sid}</code>
                  {session.unknown_to_platform_at !== undefined && <span className="badge badge--warning">{t("table.unknownToPlatform")}</span>}
                </th>
                <td className="board-table__idle">{t(`idle.${idle.key}`, idle.values)}</td>
                <td>{t(`sessions:channel.${session.channel}`)}</td>
                <td>{session.agent}</td>
                <td>{session.session_source}</td>
                <td>
                  <RelativeTime at={session.last_activity_at} />
                </td>
              </tr>
            );
          })}
        </tbody>
    </DataTable>
  );
}

/** The session in the workspace (`?sid=`), also openable in a new tab. */
function SessionLink({ sid, name }: { sid: string; name: string }) {
  const updates = { view: undefined, sid };
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    setSearchParams(updates);
  };
  return (
    <a href={withSearchParams(window.location.href, updates)} onClick={handleClick}>
      {name}
    </a>
  );
}
