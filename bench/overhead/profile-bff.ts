import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type SandboxProcess, startSignedInBff } from "../lib/console-processes.ts";
import { summarizeProfile, type ProfileSummary } from "./cpu-profile.ts";
import { measure, type RunShape } from "./measure.ts";
import { bffTarget } from "./targets.ts";

// The BFF under the same saturating load with V8's sampling profiler on (node --cpu-prof): where
// its CPU goes per request. A separate run, because the profiler itself slows the process down.

/** `databaseUrl`: the BFF on that (empty) PostgreSQL database rather than a SQLite file. */
export async function profileBff(sandbox: SandboxProcess, sessions: number, shape: RunShape, databaseUrl?: string): Promise<ProfileSummary> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-profile-"));
  try {
    const profileDir = path.join(dir, "profile");
    const { bff, client } = await startSignedInBff({
      dataDir: path.join(dir, "data"),
      ...(databaseUrl !== undefined && { databaseUrl }),
      gateway: sandbox,
      logLevel: "info",
      nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
    });
    try {
      const target = await bffTarget(bff, client, sandbox, sessions);
      await measure(target, "profiled", shape);
    } finally {
      // The profile is written when the process exits.
      await bff.child.stop();
    }
    const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
    if (file === undefined) throw new Error("the BFF wrote no .cpuprofile");
    return summarizeProfile(path.join(profileDir, file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
