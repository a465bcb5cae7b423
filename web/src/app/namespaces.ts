import type { auditLocales } from "../features/audit/locales.ts";
import type { boardLocales } from "../features/board/locales.ts";
import type { quickRepliesLocales } from "../features/quick-replies/locales.ts";
import { chatLocales } from "../features/chat/locales.ts";
import { groupsLocales } from "../features/groups/locales.ts";
import { notificationsLocales } from "../features/notifications/locales.ts";
import { sessionsLocales } from "../features/sessions/locales.ts";
import { shortcutsLocales } from "../features/shortcuts/locales.ts";
import { ticketsLocales } from "../features/tickets/locales.ts";
import { commonLocales } from "../i18n/common-locales.ts";
import { appLocales } from "./locales.ts";

// The console's translation namespaces: the shared words, the shell's, and each feature's own
// (a feature exports `xxxLocales`). Composed here, the one place that knows every feature, and
// handed to initI18n; their English shapes type every `t()` key (i18next.d.ts).

export const namespaces = {
  common: commonLocales,
  app: appLocales,
  sessions: sessionsLocales,
  groups: groupsLocales,
  tickets: ticketsLocales,
  shortcuts: shortcutsLocales,
  chat: chatLocales,
  notifications: notificationsLocales,
} as const;

/** Namespaces that arrive with a lazily loaded screen's code (registerLazyNamespace), typed like the others. */
export interface LazyNamespaces {
  board: typeof boardLocales;
  audit: typeof auditLocales;
  quickReplies: typeof quickRepliesLocales;
}
