import { useTranslation } from "react-i18next";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import type { PullIntoGroup } from "../api/use-pull-into-group.ts";

// group.communication has no id of ours, so a repeat after an unanswered call could open a second
// group: the notice says so instead of offering a blind "Try again".

export function GroupPullError({ state }: { state: PullIntoGroup }) {
  const { t } = useTranslation("groups");
  if (!state.error) return null;
  return (
    <ApiErrorNotice error={state.error} onRetry={state.ambiguous ? undefined : state.pull}>
      {state.ambiguous && <p>{t("failedAmbiguous")}</p>}
    </ApiErrorNotice>
  );
}
