import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchDir } from "./lib/paths.ts";
import { formatReport } from "./soak/report.ts";
import { runSoak } from "./soak/run-soak.ts";
import { soakPlan } from "./soak/soak-plan.ts";

// `npm run soak` (full; writes bench/soak-results.json) and `npm run test:soak` (--short, inside
// `npm test`); `-- --instances 2` runs either over two BFFs on PostgreSQL (the full one writes
// bench/soak-two-instances-results.json). Exits 1 on any violated invariant, on any failure to run,
// and past the deadline.

const instancesArg = process.argv.indexOf("--instances");
const instances = instancesArg === -1 ? "1" : process.argv[instancesArg + 1];
if (instances !== "1" && instances !== "2") {
  console.error(`soak: --instances must be 1 or 2, not ${instances ?? "nothing"}`);
  process.exit(2);
}
const plan = soakPlan(process.argv.includes("--short") ? "short" : "full", instances === "2" ? 2 : 1);
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const watchdog = setTimeout(() => {
  console.error(`soak: not finished after ${plan.deadlineMs / 1000} s: FAILED`);
  process.exit(1);
}, plan.deadlineMs);

try {
  const report = await runSoak(plan, log);
  console.log(`\n${formatReport(report)}`);
  if (plan.name === "full") {
    const file = plan.instances === 1 ? "soak-results.json" : "soak-two-instances-results.json";
    writeFileSync(path.join(benchDir, file), `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote bench/${file}`);
  }
  process.exitCode = report.passed ? 0 : 1;
} catch (error) {
  console.error("soak: could not run:", error);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
}
