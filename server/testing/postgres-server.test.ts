import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startPostgres } from "./postgres-server.ts";

// The throwaway PostgreSQL the store's tests run on: it must answer queries, and leave nothing behind.

async function select(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const refuses = async (url: string) => expect(select(url, "SELECT 1")).rejects.toThrow(/ECONNREFUSED/);

describe("PostgreSQL test server", () => {
  it("starts a cluster that answers queries, with a database of its own, and stop() removes it", async () => {
    const server = await startPostgres();
    try {
      expect(server.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/console_test$/);
      expect(await select(server.url, "SELECT current_database() AS db, current_setting('fsync') AS fsync, current_setting('listen_addresses') AS listen"))
        .toEqual([{ db: "console_test", fsync: "off", listen: "127.0.0.1" }]);
      expect(await select(server.url, "SELECT pg_encoding_to_char(encoding) AS enc, datcollate FROM pg_database WHERE datname = current_database()"))
        .toEqual([{ enc: "UTF8", datcollate: "C" }]);
      const other = await server.createDatabase("second_db");
      expect(await select(other, "SELECT current_database() AS db")).toEqual([{ db: "second_db" }]);
      expect(existsSync(server.folder)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(existsSync(server.folder)).toBe(false);
    await refuses(server.url);
    await server.stop(); // a second stop is harmless
  });

  it.each([
    ["exits without stopping it", ""],
    // Kept alive by a timer, as a test worker is: otherwise it would just exit before the signal lands.
    ["is terminated by a signal", "setInterval(() => {}, 1000); process.kill(process.pid, 'SIGTERM');"],
  ])("is stopped and removed when the process that started it %s", async (_, end) => {
    const script = `import { startPostgres } from ${JSON.stringify(new URL("./postgres-server.ts", import.meta.url).pathname)};
      const server = await startPostgres();
      console.log(JSON.stringify({ url: server.url, folder: server.folder }));
      ${end}`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
    expect(end ? signal : code).toBe(end ? "SIGTERM" : 0);
    const { url, folder } = JSON.parse(stdout) as { url: string; folder: string };
    expect(existsSync(folder)).toBe(false);
    await refuses(url);
  });

  it("copies a template database (its ICU collation too), waiting for the template's last connection to go", async () => {
    const server = await startPostgres({ database: "template_db", icuLocale: "en-US" });
    try {
      const order = "SELECT x FROM (VALUES ('alice'), ('Bruno'), ('Émile'), ('Zoe')) AS v(x) ORDER BY x";
      expect((await select(server.url, order)).map((r: { x: string }) => r.x)).toEqual(["alice", "Bruno", "Émile", "Zoe"]);
      await select(server.url, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
      // A connection still open on the template (a pool closing) makes CREATE DATABASE … TEMPLATE fail at first.
      const lingering = new pg.Client({ connectionString: server.url });
      await lingering.connect();
      const copy = server.createDatabase("copy_db", "template_db");
      setTimeout(() => void lingering.end(), 200);
      const copied = await copy;
      expect(await select(copied, "SELECT id FROM kept")).toEqual([{ id: 7 }]);
      expect((await select(copied, order)).map((r: { x: string }) => r.x)).toEqual(["alice", "Bruno", "Émile", "Zoe"]);
    } finally {
      await server.stop();
    }
  });

  it("refuses a database name or a locale that is not plain", async () => {
    await expect(startPostgres({ database: "x; DROP" })).rejects.toThrow(/not a plain lower-case identifier/);
    await expect(startPostgres({ icuLocale: "en'; DROP" })).rejects.toThrow(/not a plain locale name/);
  });
});
