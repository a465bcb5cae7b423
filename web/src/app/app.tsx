import type { QueryClient } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import { lazy, Suspense } from "react";
import { AuthGate } from "./auth/auth-gate.tsx";
import { loadConsole } from "./chunks.ts";
import { PaneLoading } from "./pane-loading.tsx";
import { AppProviders } from "./providers.tsx";

// The first screen a fresh visitor sees is the sign-in: the console itself (sessions, chat, groups,
// QR codes, forms) loads as its own chunk, so the initial JavaScript stays small. A supervisor's
// screens are chunks of their own again (console.tsx), so an agent never downloads them; so is the
// selected session's pane. For a signed-in agent the chunks and the first data load side by side
// (console-warmup.ts, started by main.tsx), not one after another.
const Console = lazy(() => loadConsole().then((m) => ({ default: m.Console })));

export function App({ i18n, queryClient }: { i18n: I18n; queryClient: QueryClient }) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <AuthGate>
        {(user) => (
          <Suspense fallback={<PaneLoading />}>
            <Console user={user} />
          </Suspense>
        )}
      </AuthGate>
    </AppProviders>
  );
}
