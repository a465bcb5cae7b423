import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParam } from "../lib/search-param.ts";

// Below 1100px a session is two stacked views, the conversation and its details (narrow.css shows one
// at a time by `data-pane`); below 760px the inbox is a third, before them. Which view is in the URL
// (`?pane=details`), so a phone's Back button returns from the details to the conversation, and from
// the conversation to the list. Wider, all show side by side and this bar is hidden.

export interface NarrowPane {
  pane: "details" | undefined;
  show: (pane: "details" | undefined) => void;
  /** The id the session puts on its details (the `<aside>`), which takes focus when they open. */
  sideId: string;
  detailsButtonId: string;
}

export function useNarrowPane(): NarrowPane {
  const [param, setParam] = useSearchParam("pane");
  const pane = param === "details" ? "details" : undefined;
  const sideId = useId();
  const detailsButtonId = useId();
  const switched = useRef(false);

  // The button that was pressed disappears with the view it belonged to: focus goes to what the
  // reader asked for (the details), or back to the button that opens them again.
  useEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    document.getElementById(pane === "details" ? sideId : detailsButtonId)?.focus();
  }, [pane, sideId, detailsButtonId]);

  const show = (next: "details" | undefined) => {
    switched.current = true;
    setParam(next);
  };
  return { pane, show, sideId, detailsButtonId };
}

export function NarrowSessionNav({ state, onClear }: { state: NarrowPane; onClear: () => void }) {
  const { t } = useTranslation(["app", "sessions"]);
  return (
    <div className="session-nav">
      {state.pane === "details" ? (
        <button type="button" className="button button--quiet button--small" onClick={() => state.show(undefined)}>
          <span aria-hidden="true">←</span> {t("app:backToChat")}
        </button>
      ) : (
        <>
          <button type="button" className="button button--quiet button--small session-nav__to-list" onClick={onClear}>
            <span aria-hidden="true">←</span> {t("sessions:detail.clearSelection")}
          </button>
          <button id={state.detailsButtonId} type="button" className="button button--small" onClick={() => state.show("details")}>
            {t("app:showDetails")}
          </button>
        </>
      )}
    </div>
  );
}
