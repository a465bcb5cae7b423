import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresServer, startPostgres } from "../../testing/postgres-server.ts";
import { openSqlDatabase } from "./open-sql-database.ts";

describe("the PostgreSQL pool", () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  it("survives its idle connections being cut (a server restart): reported, and the next query reconnects", async () => {
    const broken: Error[] = [];
    const { db, close } = await openSqlDatabase({ engine: "postgres", url: server.url }, { onConnectionError: (error) => broken.push(error) });
    const other = await openSqlDatabase({ engine: "postgres", url: server.url });
    await sql`SELECT 1`.execute(db);
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database()`.execute(other.db);
    await expect.poll(() => broken.length).toBeGreaterThan(0);
    const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM sessions`.execute(db);
    expect(rows).toEqual([{ n: 0 }]);
    await Promise.all([close(), other.close()]);
  });

  it("survives a connection cut between two statements of a transaction: that transaction fails, the next query works", async () => {
    const broken: Error[] = [];
    const { db, close } = await openSqlDatabase({ engine: "postgres", url: server.url }, { onConnectionError: (error) => broken.push(error) });
    const other = await openSqlDatabase({ engine: "postgres", url: server.url });
    const cut = db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx);
      await sql`SELECT pg_terminate_backend(${rows[0]?.pid})`.execute(other.db);
      await expect.poll(() => broken.length).toBeGreaterThan(0);
      await sql`SELECT 1`.execute(trx);
    });
    await expect(cut).rejects.toThrow();
    const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM sessions`.execute(db);
    expect(rows).toEqual([{ n: 0 }]);
    await Promise.all([close(), other.close()]);
  });
});
