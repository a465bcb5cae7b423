// First: it decides which React build the suites below load.
import "./lib/production-react.ts";
import path from "node:path";
import { browserSuite } from "./browser/browser-suite.ts";
import { bundleSuite, customerBundleSuite } from "./bundle/bundle-suite.ts";
import { customerSuite } from "./customer/customer.ts";
import { describeMachine } from "./lib/machine.ts";
import { markdownSuite } from "./markdown/markdown-suite.ts";
import { benchDir } from "./lib/paths.ts";
import { readResults, renderResults, type ResultsEntry, writeResults } from "./lib/results-file.ts";
import type { Suite } from "./lib/suite.ts";
import { overheadSuite } from "./overhead/overhead.ts";
import { scaleSuite } from "./scale/scale.ts";
import { signingSuite } from "./signing/signing.ts";

// `npm run bench [-- <suite>…] [--quick]`: runs the suites (all by default) one after the other, so
// they do not compete for the two cores, and writes bench/results.json and bench/RESULTS.md.
// --quick runs short and small to check the benchmarks themselves; it prints and writes nothing.

const suites: ReadonlyArray<Suite<unknown>> = [overheadSuite, signingSuite, scaleSuite, customerSuite, bundleSuite, customerBundleSuite, browserSuite, markdownSuite];

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const names = args.filter((arg) => !arg.startsWith("--"));
const unknown = names.filter((name) => !suites.some((suite) => suite.name === name));
if (unknown.length > 0) {
  console.error(`bench: no suite ${unknown.join(", ")}; the suites are ${suites.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
const selected = suites.filter((suite) => names.length === 0 || names.includes(suite.name));

const jsonFile = path.join(benchDir, "results.json");
const entries: Record<string, ResultsEntry> = quick ? {} : readResults(jsonFile);
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
let failed = 0;
for (const suite of selected) {
  log(`${suite.name}: start${quick ? " (quick)" : ""}`);
  const entry: ResultsEntry = { measuredAt: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC", machine: describeMachine() };
  try {
    entry.result = await suite.run({ quick, log });
  } catch (error) {
    failed++;
    entry.error = error instanceof Error ? error.message : String(error);
    log(`${suite.name}: FAILED: ${entry.error}`);
  }
  entries[suite.name] = entry;
}

if (quick) {
  console.log(`\n${renderResults(selected, entries)}`);
} else {
  writeResults(jsonFile, path.join(benchDir, "RESULTS.md"), suites, entries);
  log("wrote bench/results.json and bench/RESULTS.md");
}
// Child processes and sockets may linger a moment after the suites: leave now.
process.exit(failed > 0 ? 1 : 0);
