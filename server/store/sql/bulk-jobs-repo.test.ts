import { describe, expect, it } from "vitest";
import { sqlEngines, useSqlDb } from "../../testing/sql-databases.ts";
import type { BulkJobsRepo } from "../store.ts";
import { createBulkJobsRepo } from "./bulk-jobs-repo.ts";

/** Every item still to close, by claiming them all (one claimant, a lease that never runs out). */
async function claimAll(jobs: BulkJobsRepo, id: string): Promise<string[]> {
  const sids: string[] = [];
  const claim = () => jobs.claimNext(id, { by: "t", now: 0, until: Number.MAX_SAFE_INTEGER });
  for (let sid = await claim(); sid; sid = await claim()) sids.push(sid);
  return sids;
}

describe.each(sqlEngines)("bulk jobs repo on $name", (engine) => {
  const db = useSqlDb(engine);

  it("stores a job larger than one insert batch, each session once", async () => {
    const jobs = createBulkJobsRepo(db(), engine.engine);
    const sids = Array.from({ length: 1_203 }, (_, i) => `s${i}`);
    const job = await jobs.create({ id: "j1", reason: "memberIsSilent", actor: "lead", at: 7 }, [...sids, "s0", "s1202"]);
    expect(job).toMatchObject({ total: 1_203, done: 0, failed: 0, status: "running", run_started_at: 7 });
    expect((await claimAll(jobs, "j1")).sort()).toEqual([...sids].sort());
  });

  it("refuses a second job with the same id, keeping the first one's sessions", async () => {
    const jobs = createBulkJobsRepo(db(), engine.engine);
    await jobs.create({ id: "j1", reason: "memberIsSilent", actor: "lead", at: 1 }, ["s1"]);
    await expect(jobs.create({ id: "j1", reason: "memberIsSilent", actor: "lead", at: 2 }, ["s2"])).rejects.toThrow();
    expect(await claimAll(jobs, "j1")).toEqual(["s1"]);
  });

  it("lists failures by session and counts sessions unknown to the platform apart from closed ones", async () => {
    const jobs = createBulkJobsRepo(db(), engine.engine);
    await jobs.create({ id: "j1", reason: "memberIsSilent", actor: "lead", at: 1 }, ["s3", "s1", "s2", "s4"]);
    const error = { code: "top_rejected", message: "no" } as const;
    await jobs.settle("j1", "s3", { ok: false, error });
    await jobs.settle("j1", "s1", { ok: false, error });
    await jobs.settle("j1", "s2", { ok: true, outcome: "unknown_to_platform" });
    await jobs.settle("j1", "s4", { ok: true });
    expect(await jobs.finishIfDone("j1", 9)).toBe(true);
    const job = await jobs.get("j1");
    expect(job).toMatchObject({ status: "finished", total: 4, done: 1, unknown_to_platform: 1, failed: 2, finished_at: 9 });
    expect(job?.failures).toEqual([{ sid: "s1", error }, { sid: "s3", error }]);
    expect(await jobs.rearmFailed("j1")).toBe(2);
    expect((await claimAll(jobs, "j1")).sort()).toEqual(["s1", "s3"]);
  });
});
