import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlStore } from "../server/store/sql/sql-store.ts";
import { seedDemoUsers } from "../server/auth/demo-users.ts";
import { loadConfig } from "../server/config.ts";

// `npm run user` end to end: the password rule, remove-demo, and every change in the audit trail.
// Each run starts a process (a few seconds under tsx), hence the longer timeouts.

const dir = mkdtempSync(path.join(tmpdir(), "lyc-user-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "user.ts"), ...args],
      { env: { ...process.env, DATA_DIR: dir, USER: "ops-li" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

const add = ["add", "--username", "wang.fang", "--name", "Wang Fang", "--role", "supervisor", "--operator-id", "op-9", "--service-id", "svc-9"];

describe("npm run user", () => {
  it("refuses weak and over-long passwords, naming the rule", async () => {
    for (const [password, rule] of [
      ["aaaaaaaaaaaa", /single character/],
      ["password1234", /too common/],
      ["x9!Lq".repeat(60), /at most 256/],
    ] as const) {
      const result = await run(add, `${password}\n`);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(rule);
    }
  }, 60_000);

  it("adds, disables and removes demo accounts, each in the audit trail without the password", async () => {
    const seeded = await openSqlStore({ engine: "sqlite", dataDir: dir });
    await seedDemoUsers(seeded, loadConfig({}));
    await seeded.close();

    expect((await run(add, "lantern orbit kettle 42\n")).code).toBe(0);
    expect((await run(["disable", "--username", "wang.fang"])).code).toBe(0);
    const removed = await run(["remove-demo"]);
    expect(removed.stdout).toContain("removed demo accounts: agent, agent-2, supervisor");

    const store = await openSqlStore({ engine: "sqlite", dataDir: dir });
    try {
      expect((await store.users.list()).map((u) => u.username)).toEqual(["wang.fang"]);
      const audit = (await store.audit.list({ limit: 10 })).items;
      expect(audit.map((e) => [e.method, e.actor, e.detail])).toEqual([
        ["user.remove_demo", "cli:ops-li", "agent, agent-2, supervisor"],
        ["user.disable", "cli:ops-li", "wang.fang"],
        ["user.add", "cli:ops-li", "wang.fang (supervisor)"],
      ]);
      expect(JSON.stringify(audit)).not.toContain("lantern");
    } finally {
      await store.close();
    }
  }, 60_000);
});
