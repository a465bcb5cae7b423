import { useTranslation } from "react-i18next";
import type { PullIntoGroup } from "../api/use-pull-into-group.ts";

export function PullIntoGroupButton({ state }: { state: PullIntoGroup }) {
  const { t } = useTranslation("groups");
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={state.pull}
      aria-disabled={state.pending || undefined}
      aria-keyshortcuts="g"
    >
      {state.pending ? t("pulling") : t("pull")}
    </button>
  );
}
