import type { QueryClient } from "@tanstack/react-query";
import type { UserView } from "../../../contract/auth.ts";
import { sessionsQueryOptions } from "../features/sessions/api/get-sessions.ts";
import { inboxFilterFrom } from "../features/sessions/lib/inbox-filter.ts";
import { consoleConfigQueryOptions } from "../lib/get-console-config.ts";
import { meQueryOptions } from "./auth/get-me.ts";
import { consoleChunk, sessionPaneChunk } from "./chunks.ts";
import { screenFor } from "./screens.ts";

// A signed-in agent's first screen used to wait for four things in a row: the sign-in check, then the
// console's code, then its first render, then the data it asks for. Now they overlap: index.html
// preloads the sign-in check with the page; the console's own chunk (small: the selected session and
// the supervisor's screens are chunks of their own) starts as soon as the page runs, so a visitor who
// still has to sign in fetches about 10 kB early that they need right after; and once the check says
// who is signed in, the session list the workspace shows first, the configuration the header reads,
// and the selected session's chunk start too. Someone signed out fetches none of those.

export function warmUpConsole(queryClient: QueryClient): void {
  const consoleCode = consoleChunk.load();
  queryClient.fetchQuery(meQueryOptions()).then(
    (user) => {
      if (user) warmUpFor(queryClient, user, new URLSearchParams(window.location.search), consoleCode);
    },
    () => undefined, // the sign-in gate shows the failure and offers a retry
  );
  // A failed load is shown where the console renders (LazyChunk in app.tsx), not here.
  consoleCode.catch(() => undefined);
}

function warmUpFor(queryClient: QueryClient, user: UserView, params: URLSearchParams, consoleCode: Promise<unknown>): void {
  void queryClient.prefetchQuery(consoleConfigQueryOptions());
  if (screenFor(params.get("view") ?? undefined, user.role) !== "sessions") return;
  // The same list Workspace asks for (workspace.tsx): the same filter from the same URL parameters.
  const param = (name: string) => params.get(name) ?? undefined;
  const filter = inboxFilterFrom(user.role, param("inbox"), param("state"), { q: param("q"), channel: param("channel") });
  const firstList = queryClient.prefetchInfiniteQuery(sessionsQueryOptions(filter));
  if (params.has("sid")) void sessionPaneChunk.load().catch(() => undefined);
  // Otherwise the session's code comes once the first screen is up, so a first click rarely waits:
  // after the list has arrived too, since an idle moment while it is on its way would spend the
  // main thread on the session's code just as the list is to be drawn.
  else Promise.all([consoleCode, firstList]).then(whenIdle(() => void sessionPaneChunk.load().catch(() => undefined)), () => undefined);
}

function whenIdle(task: () => void): () => void {
  return () => {
    if ("requestIdleCallback" in window) window.requestIdleCallback(task, { timeout: 3000 });
    else setTimeout(task, 1000);
  };
}
