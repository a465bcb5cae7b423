import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresServer, startPostgres } from "../../testing/postgres-server.ts";
import { openSqlDatabase } from "./open-sql-database.ts";
import { DatabaseStartupError, startupProblem } from "./startup-problem.ts";

// What an operator reads when the configured PostgreSQL cannot be opened: one line, where and why,
// never the password.

const withPassword = (url: string, password: string) => {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
};

describe("start-up errors on PostgreSQL", () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  it("a missing database: one line naming host, port and database, without the password", async () => {
    const url = withPassword(server.url.replace(/\/[^/]+$/, "/no_such_db"), "s3cret-pw");
    const error = await openSqlDatabase({ engine: "postgres", url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseStartupError);
    const { port } = new URL(url);
    expect((error as Error).message).toBe(`cannot open the PostgreSQL database 127.0.0.1:${port}/no_such_db: the database does not exist (create it first)`);
    expect((error as Error).message).not.toContain("s3cret-pw");
  });

  it("nothing listening: connection refused, in one line", async () => {
    const url = withPassword("postgres://console@127.0.0.1:1/console", "s3cret-pw");
    const error = await openSqlDatabase({ engine: "postgres", url }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "cannot open the PostgreSQL database 127.0.0.1:1/console: connection refused (is PostgreSQL running and listening on that host and port?)",
    );
  });
});

describe("start-up error text", () => {
  it("a driver message that quotes the password or the URL is redacted and cut to its first line", () => {
    const url = "postgres://u:p%40ss@db:5432/app";
    const error = startupProblem("PostgreSQL database db:5432/app", new Error(`bad thing with p@ss in ${url}\nstack line`), url);
    expect(error.message).toBe("cannot open the PostgreSQL database db:5432/app: bad thing with *** in ***");
  });
});
