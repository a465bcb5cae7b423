import "../tickets.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { formatDateTime } from "../../../lib/format-time.ts";
import { useSessionTickets } from "../api/get-session-tickets.ts";

// The visitor tickets saved for this session, the latest first, each with when it was saved (the
// agent's time zone, as every time in the console). Shown only once there is one.

export function SessionTickets({ sid }: { sid: string }) {
  const { t, i18n } = useTranslation("tickets");
  const headingId = useId();
  const tickets = useSessionTickets(sid);
  if (tickets.isError) return <ApiErrorNotice error={tickets.error} onRetry={() => void tickets.refetch()} />;
  const items = tickets.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title">
        {t("list.heading", { count: items.length })}
      </h3>
      <ul className="ticket-list">
        {items.map((ticket) => (
          <li key={ticket.case_id} className="ticket-list__item">
            <code>{ticket.case_id}</code>
            <time className="muted" dateTime={new Date(ticket.saved_at).toISOString()}>
              {formatDateTime(ticket.saved_at, i18n.language)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
