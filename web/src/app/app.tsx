import type { QueryClient } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import { AuthGate } from "./auth/auth-gate.tsx";
import { consoleChunk } from "./chunks.ts";
import { LazyChunk } from "./lazy-chunk.tsx";
import { ScreenLoadFailed } from "./lazy-screen.tsx";
import { PaneLoading } from "./pane-loading.tsx";
import { AppProviders } from "./providers.tsx";

// The first screen a fresh visitor sees is the sign-in: the console itself (sessions, chat, groups,
// QR codes, forms) loads as its own chunk, so the initial JavaScript stays small. A supervisor's
// screens are chunks of their own again (console.tsx), so an agent never downloads them; so is the
// selected session's pane. For a signed-in agent the chunks and the first data load side by side
// (console-warmup.ts, started by main.tsx), not one after another.

export function App({ i18n, queryClient }: { i18n: I18n; queryClient: QueryClient }) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <AuthGate>
        {(user) => (
          <LazyChunk chunk={consoleChunk} loading={<PaneLoading />} failed={<ScreenLoadFailed />}>
            {({ Console }) => <Console user={user} />}
          </LazyChunk>
        )}
      </AuthGate>
    </AppProviders>
  );
}
