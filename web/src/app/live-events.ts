import { boardLiveEvents } from "../features/board/live-events.ts";
import { chatLiveEvents } from "../features/chat/live-events.ts";
import { notificationsLiveEvents } from "../features/notifications/live-events.ts";
import { quickRepliesLiveEvents } from "../features/quick-replies/live-events.ts";
import { sessionsLiveEvents } from "../features/sessions/live-events.ts";
import type { ConsoleEventHandler } from "../lib/console-events.ts";

// Every feature that reacts to live events, composed here (the one place that knows them all) and
// passed to useConsoleEvents. A module-level list, so the event stream is opened once.

export const liveEventHandlers: readonly ConsoleEventHandler[] = [
  sessionsLiveEvents,
  chatLiveEvents,
  boardLiveEvents,
  notificationsLiveEvents,
  quickRepliesLiveEvents,
];
