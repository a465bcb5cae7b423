import type { DatabaseConfig } from "../store/sql/database-config.ts";
import { describePostgresUrl } from "../store/sql/database-config.ts";
import { startupProblem } from "../store/sql/startup-problem.ts";
import { createLocalEventBus, type EventBus } from "./event-bus.ts";
import { createPostgresEventBus } from "./postgres-event-bus.ts";
import type { ListenerLog } from "./postgres-listener.ts";

export interface ClosableEventBus extends EventBus {
  close(): Promise<void>;
}

/**
 * The bus for the store's engine: on PostgreSQL other instances may share the database, so events go
 * through it to all of them; SQLite is one instance, and its bus stays in this process. A PostgreSQL
 * that cannot be listened on throws the one start-up line (DatabaseStartupError), as the store does.
 */
export async function openEventBus(database: DatabaseConfig, log: ListenerLog): Promise<ClosableEventBus> {
  if (database.engine === "sqlite") return { ...createLocalEventBus(), close: async () => undefined };
  try {
    return await createPostgresEventBus(database.url, log);
  } catch (error) {
    throw startupProblem(`PostgreSQL database ${describePostgresUrl(database.url)} (live events)`, error, database.url);
  }
}
