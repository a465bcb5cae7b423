import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server.node";
import { initReactI18next } from "react-i18next";
import { z } from "zod";
import { MarkdownView } from "../../web/src/features/chat/components/markdown-view.tsx";
import { chatLocales } from "../../web/src/features/chat/locales.ts";
import { queryKeys } from "../../web/src/lib/query-keys.ts";
import { passMark, table } from "../lib/markdown.ts";
import { distribution, round } from "../lib/stats.ts";
import type { BenchOptions, Suite } from "../lib/suite.ts";
import { markdownInputs } from "./markdown-inputs.ts";

// The chat's markdown (web/src/features/chat/components/markdown-view.tsx: markdown-to-jsx and our
// rules) rendered to HTML by React in Node, as the bubble renders it: parse, React elements, and
// their serialisation (the browser's DOM and layout come on top). Median of repeated renders after
// a warm-up, per input.

const TARGET_MS = 20;
const caseSchema = z.object({ name: z.string(), chars: z.number(), target: z.boolean(), p50Ms: z.number(), minMs: z.number().optional(), maxMs: z.number(), runs: z.number() });
export const markdownSchema = z.object({ cases: z.array(caseSchema) });
export type MarkdownResult = z.infer<typeof markdownSchema>;

function renderer() {
  // The chat's own strings, as in the console (an image's link is worded by them).
  void i18next.use(initReactI18next).init({
    resources: { en: { chat: chatLocales.en } },
    lng: "en",
    ns: ["chat"],
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    initAsync: false,
  });
  const client = new QueryClient();
  // No media host: an image renders as its link, with no network involved.
  client.setQueryData(queryKeys.config(), { media_hosts: [] });
  return (source: string) => renderToStaticMarkup(createElement(QueryClientProvider, { client }, createElement(MarkdownView, { source })));
}

async function run({ quick, log }: BenchOptions): Promise<MarkdownResult> {
  const render = renderer();
  const runs = quick ? 3 : 15;
  const cases = [];
  for (const input of markdownInputs) {
    log(`markdown: ${input.name}`);
    for (let i = 0; i < 3; i++) render(input.source);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      render(input.source);
      samples.push(performance.now() - started);
      // Let the event loop breathe between renders, as a page would between messages.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const d = distribution(samples);
    cases.push({ name: input.name, chars: input.source.length, target: input.target, p50Ms: round(d.p50, 1), minMs: round(Math.min(...samples), 1), maxMs: round(d.max, 1), runs });
  }
  return { cases };
}

function render({ cases }: MarkdownResult): string {
  return [
    `A message's markdown rendered by production React in Node (parse + elements + HTML), median of ${cases[0]?.runs ?? "?"} runs after a warm-up; ` +
      `target ≤ ${TARGET_MS} ms for a 20,000-character message, judged on the median. Adversarial shapes are listed for what they cost, not held to the target. ` +
      "On a shared machine the fastest run is the least disturbed one: parsing allocates, and under CPU contention the garbage collector's pauses land inside the timings.",
    table(
      ["input", "characters", "p50", "fastest", "slowest", "target (p50)"],
      cases.map((c) => [
        c.name,
        c.chars.toLocaleString("en-US"),
        `${c.p50Ms} ms`,
        c.minMs === undefined ? "n/a" : `${c.minMs} ms`,
        `${c.maxMs} ms`,
        c.target ? passMark(c.p50Ms <= TARGET_MS) : "not held",
      ]),
    ),
  ].join("\n\n");
}

export const markdownSuite: Suite<MarkdownResult> = { name: "markdown", title: "Chat markdown", schema: markdownSchema, run, render };
