import { useTranslation } from "react-i18next";
import type { AuditEntryView } from "../../../../../contract/board.ts";
import { formatTimestamp } from "../../../lib/format-time.ts";
import { callNameOf } from "../lib/audit-filter.ts";
import { DataTable } from "../../../components/data-table.tsx";

// One row per TOP call: when, which call (in words, the method name below it), who, for which session,
// how it ended, TOP's codes and request id (what support asks for), latency and attempts.

export function AuditTable({ entries }: { entries: readonly AuditEntryView[] }) {
  const { t, i18n } = useTranslation("audit");
  const none = <span className="muted">{t("none")}</span>;
  return (
    <DataTable caption={t("caption")} className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t("columns.time")}</th>
            <th scope="col">{t("columns.method")}</th>
            <th scope="col">{t("columns.actor")}</th>
            <th scope="col">{t("columns.session")}</th>
            <th scope="col">{t("columns.outcome")}</th>
            <th scope="col">{t("columns.codes")}</th>
            <th scope="col">{t("columns.requestId")}</th>
            <th scope="col" className="data-table__num">
              {t("columns.latency")}
            </th>
            <th scope="col" className="data-table__num">
              {t("columns.attempts")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const call = callNameOf(entry.method);
            const codes = [entry.top_code, entry.sub_code].filter(Boolean).join(" / ");
            return (
              <tr key={entry.id}>
                <td className="audit-table__time">
                  <time dateTime={new Date(entry.at).toISOString()}>{formatTimestamp(entry.at, i18n.language)}</time>
                </td>
                <th scope="row" className="audit-table__method">
                  {call ? t(`method.${call}`) : entry.method}
                  <code className="audit-table__raw">{entry.method}</code>
                </th>
                <td>{entry.actor}</td>
                <td>{entry.sid ? <code>{entry.sid}</code> : none}</td>
                <td>
                  <span className={`badge audit-outcome audit-outcome--${entry.outcome}`}>{t(`outcome.${entry.outcome}`)}</span>
                </td>
                <td>{codes ? <code>{codes}</code> : none}</td>
                <td>{entry.request_id ? <code>{entry.request_id}</code> : none}</td>
                <td className="data-table__num">{t("latency", { ms: entry.latency_ms })}</td>
                <td className="data-table__num">{entry.attempts}</td>
              </tr>
            );
          })}
        </tbody>
    </DataTable>
  );
}
