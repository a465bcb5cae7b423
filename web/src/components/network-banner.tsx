import { useTranslation } from "react-i18next";
import { useNetworkState } from "../lib/network-status.ts";

// Says when the console lost its connection. It only adds a line above the page: nothing below it
// re-mounts, so forms and drafts keep what the agent typed while requests wait for the network.

export function NetworkBanner() {
  const { t } = useTranslation("common");
  const state = useNetworkState();
  return (
    <div role="status" className="network-banner" data-state={state}>
      {state === "offline" && <p>{t("network.offline")}</p>}
      {state === "unreachable" && <p>{t("network.unreachable")}</p>}
    </div>
  );
}
