import { describe, expect, it } from "vitest";
import { sqlEngines, useSqlDb } from "../../testing/sql-databases.ts";
import type { AuditEntry } from "../store.ts";
import { createAuditRepo, writeAudit } from "./audit-repo.ts";

const entry = (at: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  at,
  method: "taobao.lyservice.session.close",
  actor: "amy",
  outcome: "ok",
  latency_ms: 5,
  attempts: 1,
  ...extra,
});

describe.each(sqlEngines)("audit writer on $name", (engine) => {
  const db = useSqlDb(engine);

  it("writes an entry inside the caller's transaction: kept if it commits, gone if it rolls back", async () => {
    await db()
      .transaction()
      .execute(async (trx) => {
        await writeAudit(trx, entry(1, { sid: "kept" }));
      });
    const failed = db()
      .transaction()
      .execute(async (trx) => {
        await writeAudit(trx, entry(2, { sid: "rolled-back" }));
        throw new Error("the outcome could not be stored");
      });
    await expect(failed).rejects.toThrow("the outcome could not be stored");
    const { items } = await createAuditRepo(db()).list({ limit: 10 });
    expect(items.map((e) => e.sid)).toEqual(["kept"]);
  });

  it("reads back absent fields as absent, not null", async () => {
    await createAuditRepo(db()).record(entry(3, { detail: "rate limited", address: "10.0.0.1" }));
    const [read] = (await createAuditRepo(db()).list({ limit: 1 })).items;
    expect(read).toEqual({ id: expect.any(Number), ...entry(3, { detail: "rate limited", address: "10.0.0.1" }) });
    expect(read).not.toHaveProperty("sid");
  });
});
