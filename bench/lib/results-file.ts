import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { machineLine, machineSchema } from "./machine.ts";
import type { Suite } from "./suite.ts";

// bench/results.json holds the latest figures of each suite, with when and on what they were
// measured; bench/RESULTS.md is rendered from it for the README to quote. A run of some suites keeps
// the others' entries, so each section says its own date.

const entrySchema = z.object({
  measuredAt: z.string(),
  machine: machineSchema,
  /** Set when the suite could not measure; then there is no result. */
  error: z.string().optional(),
  result: z.unknown().optional(),
});
export type ResultsEntry = z.infer<typeof entrySchema>;

const fileSchema = z.object({ suites: z.record(z.string(), entrySchema) });

export function readResults(file: string): Record<string, ResultsEntry> {
  if (!existsSync(file)) return {};
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data.suites : {};
}

export function writeResults(jsonFile: string, markdownFile: string, suites: ReadonlyArray<Suite<unknown>>, entries: Record<string, ResultsEntry>) {
  writeFileSync(jsonFile, `${JSON.stringify({ suites: entries }, null, 2)}\n`);
  writeFileSync(markdownFile, renderResults(suites, entries));
}

export function renderResults(suites: ReadonlyArray<Suite<unknown>>, entries: Record<string, ResultsEntry>): string {
  const sections = suites.map((suite) => `## ${suite.title}\n\n${renderSection(suite, entries[suite.name])}`);
  return [
    "# Benchmark results",
    "Written by `npm run bench` from `bench/results.json`; do not edit by hand. " +
      "Run `npm run bench -- <suite>` to measure one suite again (suites: " +
      `${suites.map((s) => `\`${s.name}\``).join(", ")}). The machine is shared, so each section records the load at its start.`,
    ...sections,
  ].join("\n\n") + "\n";
}

function renderSection(suite: Suite<unknown>, entry: ResultsEntry | undefined): string {
  if (!entry) return "_Not measured yet._";
  const when = `_Measured ${entry.measuredAt} on ${machineLine(entry.machine)}._`;
  if (entry.error !== undefined) return `${when}\n\n**Could not be measured:** ${entry.error}`;
  const parsed = suite.schema.safeParse(entry.result);
  if (!parsed.success) return `${when}\n\n_The stored figures are from an older version of this suite: run it again._`;
  return `${when}\n\n${suite.render(parsed.data)}`;
}
