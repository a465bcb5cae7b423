import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchDir } from "./lib/paths.ts";
import { formatReport } from "./soak/report.ts";
import { runSoak } from "./soak/run-soak.ts";
import { soakPlans } from "./soak/soak-plan.ts";

// `npm run soak` (full; writes bench/soak-results.json) and `npm run test:soak` (--short, inside
// `npm test`). Exits 1 on any violated invariant, on any failure to run, and past the deadline.

const plan = process.argv.includes("--short") ? soakPlans.short : soakPlans.full;
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const watchdog = setTimeout(() => {
  console.error(`soak: not finished after ${plan.deadlineMs / 1000} s: FAILED`);
  process.exit(1);
}, plan.deadlineMs);

try {
  const report = await runSoak(plan, log);
  console.log(`\n${formatReport(report)}`);
  if (plan.name === "full") {
    writeFileSync(path.join(benchDir, "soak-results.json"), `${JSON.stringify(report, null, 2)}\n`);
    log("wrote bench/soak-results.json");
  }
  process.exitCode = report.passed ? 0 : 1;
} catch (error) {
  console.error("soak: could not run:", error);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
}
