import { useTranslation } from "react-i18next";
import { type InboxFilter, inboxStates, type InboxView } from "../lib/inbox-filter.ts";

// Two small toggle groups above the list: whose sessions, and open or closed. Buttons with
// aria-pressed: each press filters the one list below, there are no separate tab panels.

interface InboxTabsProps {
  filter: InboxFilter;
  views: readonly InboxView[];
  onChange: (filter: InboxFilter) => void;
}

export function InboxTabs({ filter, views, onChange }: InboxTabsProps) {
  const { t } = useTranslation("sessions");
  return (
    <div className="inbox-tabs">
      <div className="toggle-group" role="group" aria-label={t("tabs.whose")}>
        {views.map((view) => (
          <button
            key={view}
            type="button"
            className="toggle-group__button"
            aria-pressed={filter.view === view}
            onClick={() => onChange({ ...filter, view })}
          >
            {t(`tabs.${view}`)}
          </button>
        ))}
      </div>
      <div className="toggle-group" role="group" aria-label={t("tabs.state")}>
        {inboxStates.map((state) => (
          <button
            key={state}
            type="button"
            className="toggle-group__button"
            aria-pressed={filter.state === state}
            onClick={() => onChange({ ...filter, state })}
          >
            {t(`status.${state}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
