import type { Role } from "./auth.ts";
import { screenFor } from "./console-screens.ts";
import { type InboxFilter, inboxFilterFrom, sessionListPath } from "./inbox-filter.ts";

// What a signed-in console asks the BFF for first, from the address it was opened at. The web app's
// warm-up (web/src/app/console-warmup.ts) prefetches exactly this, and the BFF names the same requests
// in the page it serves to a signed-in browser (server/http/console-page.ts), which then asks for
// them while the app's code is still downloading.

/** GET /api/config: the defaults the header and the forms read. */
export const consoleConfigPath = "/api/config";

/** The session list the workspace shows first, or undefined if the address opens another screen. */
export function firstSessionList(role: Role, params: URLSearchParams): InboxFilter | undefined {
  if (screenFor(params.get("view") ?? undefined, role) !== "sessions") return undefined;
  const param = (name: string) => params.get(name) ?? undefined;
  return inboxFilterFrom(role, param("inbox"), param("state"), { q: param("q"), channel: param("channel") });
}

/** The API requests of the first screen, as the web app makes them. */
export function firstScreenPaths(role: Role, params: URLSearchParams): string[] {
  const list = firstSessionList(role, params);
  return [consoleConfigPath, ...(list ? [sessionListPath(list)] : [])];
}
