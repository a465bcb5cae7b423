import type { z } from "zod";

// One benchmark of `npm run bench`: it measures, returns figures that go to results.json, and renders
// them as a section of RESULTS.md. The schema reads back figures written by an earlier run, so a
// run of one suite keeps the other suites' sections.

export interface BenchOptions {
  /** Shorter runs and smaller data, to check the benchmark itself works; not figures to quote. */
  quick: boolean;
  /** Progress lines for the terminal. */
  log: (line: string) => void;
}

export interface Suite<R> {
  /** Its name on the command line and its key in results.json. */
  name: string;
  /** Its heading in RESULTS.md. */
  title: string;
  schema: z.ZodType<R>;
  run(options: BenchOptions): Promise<R>;
  render(result: R): string;
}
