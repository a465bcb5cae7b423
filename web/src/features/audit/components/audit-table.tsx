import { useTranslation } from "react-i18next";
import { type AuditEntryView, gatewayErrorDetails } from "../../../../../contract/board.ts";
import { DataTable } from "../../../components/data-table.tsx";
import { SearchParamsLink } from "../../../components/search-params-link.tsx";
import { formatDate, formatTimeOfDay } from "../../../lib/format-time.ts";
import { auditFilterToParams, callNameOf, consoleActOf, securityActionOf } from "../lib/audit-filter.ts";

// One row per audited act: when, which call or act (in words), who, for which session (a link that
// opens it in the console), how it ended — succeeded, refused by the platform, call limit, gateway
// error (and which kind), or a security refusal — with TOP's codes and words under it, TOP's request id
// (what support asks for), latency and attempts. Compact enough to fit a 1024-pixel window; below 760px
// each row is a card (audit.css), its cells named by `data-label` since the header row is hidden there.

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
            const action = securityActionOf(entry.method);
            const act = consoleActOf(entry.method);
            const gatewayDetail = gatewayErrorDetails.find((detail) => entry.outcome === "gateway_error" && entry.detail === detail);
            const codes = [entry.top_code, entry.sub_code].filter(Boolean).join(" / ");
            // What the platform (or, for the console's own acts, the person) said, beside the codes.
            const said = [entry.msg, entry.sub_msg].filter(Boolean).join(" · ");
            return (
              <tr key={entry.id}>
                <td className="audit-table__time" data-label={t("columns.time")}>
                  <time dateTime={new Date(entry.at).toISOString()}>
                    {formatDate(entry.at, i18n.language)}
                    <br />
                    {formatTimeOfDay(entry.at, i18n.language)}
                  </time>
                </td>
                <th scope="row" className="audit-table__method">
                  {call ? t(`method.${call}`) : act ? t(`consoleAct.${act}`) : action ? t(`security.${action}`) : <code>{entry.method}</code>}
                </th>
                <td data-label={t("columns.actor")}>
                  {entry.actor}
                  {entry.address && <span className="audit-table__codes">{t("from", { address: entry.address })}</span>}
                </td>
                <td className="audit-table__session" data-label={t("columns.session")}>{entry.sid ? <SessionLink sid={entry.sid} /> : none}</td>
                <td data-label={t("columns.outcome")}>
                  <span className={`badge audit-outcome audit-outcome--${entry.outcome}`}>{t(`outcome.${entry.outcome}`)}</span>
                  {codes && <code className="audit-table__codes">{codes}</code>}
                  {gatewayDetail ? (
                    <span className="audit-table__codes">{t(`gatewayDetail.${gatewayDetail}`)}</span>
                  ) : (
                    entry.detail && <span className="audit-table__codes">{entry.detail}</span>
                  )}
                  {said && <span className="audit-table__said">{said}</span>}
                </td>
                <td data-label={t("columns.requestId")}>{entry.request_id ? <code>{entry.request_id}</code> : none}</td>
                <td className="data-table__num" data-label={t("columns.latency")}>{t("latency", { ms: entry.latency_ms })}</td>
                <td className="data-table__num" data-label={t("columns.attempts")}>
                  {entry.attempts}
                </td>
              </tr>
            );
          })}
        </tbody>
    </DataTable>
  );
}

/**
 * The session in the console (`?sid=`), also openable in a new tab. The audit's own filter is left
 * behind in this history entry, so Back returns to the same calls.
 */
function SessionLink({ sid }: { sid: string }) {
  const { t } = useTranslation("audit");
  return (
    <SearchParamsLink updates={{ ...auditFilterToParams({}), view: undefined, sid }} title={t("openSession")}>
      <code>{sid}</code>
    </SearchParamsLink>
  );
}
