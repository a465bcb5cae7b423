import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findPostgresBindir } from "./postgres-binaries.ts";

// Finding PostgreSQL's server programs, or saying how to install them.

const folders: string[] = [];
const folderWith = (programs: string[]) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pg-bin-"));
  folders.push(dir);
  for (const program of programs) {
    writeFileSync(path.join(dir, program), "#!/bin/sh\n");
    chmodSync(path.join(dir, program), 0o755);
  }
  return dir;
};
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("PostgreSQL binaries", () => {
  it("takes the first folder that holds initdb, pg_ctl and postgres together", () => {
    const clientOnly = folderWith(["pg_ctl", "psql"]);
    const server = folderWith(["initdb", "pg_ctl", "postgres"]);
    expect(findPostgresBindir([clientOnly, server, folderWith(["initdb", "pg_ctl", "postgres"])])).toBe(server);
  });

  it("says how to install PostgreSQL when no folder has its server programs", () => {
    expect(() => findPostgresBindir([folderWith(["initdb"]), "/nonexistent"])).toThrow(/apt-get install -y postgresql/);
  });
});
