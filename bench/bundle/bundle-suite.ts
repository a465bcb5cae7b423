import { passMark, table } from "../lib/markdown.ts";
import type { Suite } from "../lib/suite.ts";
import { type BundleSizes, bundleSchema, measureBundle } from "./bundle-sizes.ts";

// The bundle sizes as a section of `npm run bench` (the check itself is bench/bundle-size.ts).

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function renderBundle(b: BundleSizes): string {
  const rows = (files: BundleSizes["initialJs"]) => files.map((f) => [`\`${f.file}\``, kB(f.bytes), kB(f.gzipBytes)]);
  const parts = [
    `**Initial JavaScript: ${kB(b.initialJsGzipBytes)} gzipped** (budget ${kB(b.budgetBytes)}: ${passMark(b.withinBudget)}). ` +
      "Initial = the page's module scripts and modulepreload links; gzip level 9; 1 kB = 1000 bytes.",
    table(["initial file", "raw", "gzipped"], rows(b.initialJs)),
  ];
  if (b.initialCss.length > 0) parts.push(table(["initial stylesheet", "raw", "gzipped"], rows(b.initialCss)));
  parts.push(
    `**Lazy chunks: ${b.lazyJs.length}, ${kB(b.lazyJsGzipBytes)} gzipped in all**${b.lazyJs.length > 0 ? ":" : "."}`,
  );
  if (b.lazyJs.length > 0) parts.push(table(["lazy chunk", "raw", "gzipped"], rows(b.lazyJs)));
  return parts.join("\n\n");
}

export const bundleSuite: Suite<BundleSizes> = {
  name: "bundle",
  title: "Web bundle size",
  schema: bundleSchema,
  run: async () => measureBundle(),
  render: renderBundle,
};

export const customerBundleSuite: Suite<BundleSizes> = {
  name: "bundle-customer",
  title: "Customer chat page bundle size",
  schema: bundleSchema,
  run: async () => measureBundle(undefined, "customer"),
  render: renderBundle,
};
