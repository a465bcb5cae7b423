import { sql } from "kysely";
import { openSqlDatabase } from "../../server/store/sql/open-sql-database.ts";
import { startPostgres } from "../../server/testing/postgres-server.ts";
import { round } from "../lib/stats.ts";
import { explainPostgres } from "./postgres-plan.ts";
import { indexesDroppedForLoad, postgresSink } from "./postgres-seed.ts";
import { type ScaleEngine, statementRecorder } from "./scale-engine.ts";

// The scale suite's PostgreSQL: the tests' throwaway cluster (loopback, fsync off, shared_buffers
// 32 MB, the rest of the tables served from the OS's page cache), migrated and read through the
// store's own pool, as the BFF opens it with DATABASE_URL.

export async function openPostgresEngine(): Promise<ScaleEngine> {
  const server = await startPostgres({ database: "bench_scale" });
  try {
    const recorder = statementRecorder();
    const database = await openSqlDatabase({ engine: "postgres", url: server.url }, { log: recorder.log });
    const db = database.db;
    const rebuildIndexes = await indexesDroppedForLoad(db);
    return {
      engine: "postgres",
      db,
      sink: postgresSink(db),
      // The indexes the load went without, then what autovacuum does to a table after a bulk load, done
      // now rather than at its leisure: the planner's statistics (ANALYZE), and the visibility map that
      // lets an index-only scan skip the table.
      settle: async () => {
        await rebuildIndexes();
        await sql`VACUUM (ANALYZE)`.execute(db);
      },
      sizeMB: async () => {
        const { rows } = await sql<{ bytes: number }>`SELECT pg_database_size(current_database()) AS bytes`.execute(db);
        return round((rows[0]?.bytes ?? 0) / 1e6, 0);
      },
      take: recorder.take,
      explain: (executed) => explainPostgres(db, executed),
      close: async () => {
        await database.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
