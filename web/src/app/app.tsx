import type { i18n as I18n } from "i18next";
import { AuthGate } from "./auth/auth-gate.tsx";
import { AppProviders } from "./providers.tsx";
import { Workspace } from "./workspace.tsx";

export function App({ i18n }: { i18n: I18n }) {
  return (
    <AppProviders i18n={i18n}>
      <AuthGate>{(user) => <Workspace user={user} />}</AuthGate>
    </AppProviders>
  );
}
