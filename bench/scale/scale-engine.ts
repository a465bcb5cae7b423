import type { Kysely, LogEvent } from "kysely";
import type { Database, Engine } from "../../server/store/sql/database.ts";
import type { SeedSink } from "./dataset.ts";
import type { Plan } from "./query-plan.ts";

// One store engine under the scale suite: a database migrated as the BFF migrates it, a fast way to
// fill it, and the statements the repos ran on it, to EXPLAIN with their own parameters.

export interface Executed {
  sql: string;
  params: readonly unknown[];
}

export interface ScaleEngine {
  engine: Engine;
  /** The store's database: the repos run on this, and every statement it runs is recorded. */
  db: Kysely<Database>;
  sink: SeedSink;
  /** After the build, before the reads: what a store of this engine would have done by then. */
  settle(): Promise<void>;
  sizeMB(): Promise<number>;
  /** The statements run since the last call. */
  take(): Executed[];
  explain(executed: Executed): Promise<Plan>;
  close(): Promise<void>;
}

/** Kysely's log option that records each statement, and the take() that hands them over. */
export function statementRecorder(): { log: (event: LogEvent) => void; take: () => Executed[] } {
  let executed: Executed[] = [];
  return {
    log: (event) => {
      if (event.level === "query") executed.push({ sql: event.query.sql, params: event.query.parameters });
    },
    take: () => {
      const taken = executed;
      executed = [];
      return taken;
    },
  };
}
