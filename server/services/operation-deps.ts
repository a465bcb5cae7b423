import type { LyDefaults } from "../config.ts";
import type { Store } from "../store/store.ts";
import type { EventBus } from "../events/event-bus.ts";
import type { CallTop } from "./audited-top.ts";

export interface OperationDeps {
  callTop: CallTop;
  store: Store;
  defaults: LyDefaults;
  now: () => number;
  events: EventBus;
}
