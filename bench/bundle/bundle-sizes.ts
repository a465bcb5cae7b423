import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { webDist } from "../lib/paths.ts";

// Sizes of the built web app (dist/web) as the browser downloads it, gzipped. "Initial" is what a
// page's HTML loads before anything can render: its module entry scripts and their modulepreload
// links. Everything else under assets/ that no page loads first is a lazy chunk, fetched on first use
// of its feature (counted with the console, the only page that has any).

/** Each page's budget, in Vite's units (1 kB = 1000 bytes), as the build log shows sizes. */
export const webPages = {
  console: { html: "index.html", budgetBytes: 150_000 },
  // Customers arrive on phones over mobile networks.
  customer: { html: "chat/index.html", budgetBytes: 80_000 },
} as const;
export type WebPage = keyof typeof webPages;

/** 150 kB: the console's budget. */
export const initialJsBudgetBytes = webPages.console.budgetBytes;

const fileSchema = z.object({ file: z.string(), bytes: z.number(), gzipBytes: z.number() });
export const bundleSchema = z.object({
  initialJs: z.array(fileSchema),
  initialJsGzipBytes: z.number(),
  initialCss: z.array(fileSchema),
  lazyJs: z.array(fileSchema),
  lazyJsGzipBytes: z.number(),
  budgetBytes: z.number(),
  withinBudget: z.boolean(),
});
export type BundleSizes = z.infer<typeof bundleSchema>;

export class MissingBuildError extends Error {
  constructor() {
    super(`no built web app at ${path.relative(process.cwd(), webDist) || webDist}: run \`npm run build\` (vite build) first`);
  }
}

export function measureBundle(root = webDist, page: WebPage = "console"): BundleSizes {
  const { initial, styles } = initialFiles(root, webPages[page].html);
  const initialJs = [...initial].map((file) => sizeOf(root, file));
  const initialCss = styles.map((file) => sizeOf(root, file));
  const anyPageInitial = new Set(Object.values(webPages).flatMap(({ html }) => [...initialFiles(root, html).initial]));
  const assets = path.join(root, "assets");
  const lazyJs = (page === "console" && existsSync(assets) ? readdirSync(assets) : [])
    .map((name) => path.posix.join("assets", name))
    .filter((file) => file.endsWith(".js") && !anyPageInitial.has(file))
    .map((file) => sizeOf(root, file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  const initialJsGzipBytes = sum(initialJs);
  return {
    initialJs,
    initialJsGzipBytes,
    initialCss,
    lazyJs,
    lazyJsGzipBytes: sum(lazyJs),
    budgetBytes: webPages[page].budgetBytes,
    withinBudget: initialJsGzipBytes <= webPages[page].budgetBytes,
  };
}

function initialFiles(root: string, htmlFile: string): { initial: Set<string>; styles: string[] } {
  const file = path.join(root, htmlFile);
  if (!existsSync(file)) throw new MissingBuildError();
  const html = readFileSync(file, "utf8");
  const scripts = attributeOfTags(html, "script", "src", (tag) => /\btype=["']?module\b/.test(tag));
  const preloads = attributeOfTags(html, "link", "href", (tag) => /\brel=["']?modulepreload\b/.test(tag));
  const styles = attributeOfTags(html, "link", "href", (tag) => /\brel=["']?stylesheet\b/.test(tag));
  const local = (refs: string[]) => refs.map((ref) => localPath(root, ref)).filter((f) => f !== undefined);
  return { initial: new Set(local([...scripts, ...preloads])), styles: local(styles) };
}

/** The `attribute` of every `<tag …>` the filter accepts, in document order. */
function attributeOfTags(html: string, tag: string, attribute: string, accept: (tag: string) => boolean): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "gi"))) {
    const text = match[0];
    const value = new RegExp(`\\b${attribute}=["']?([^"'\\s>]+)`, "i").exec(text)?.[1];
    if (value !== undefined && accept(text)) found.push(value);
  }
  return found;
}

/** `assets/x.js` for `/assets/x.js` or `./assets/x.js`; undefined for another origin's URL. */
function localPath(root: string, ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//")) return undefined;
  const file = path.posix.normalize(ref.replace(/^\.?\//, "").split(/[?#]/)[0] ?? "");
  return existsSync(path.join(root, file)) ? file : undefined;
}

function sizeOf(root: string, file: string) {
  const bytes = readFileSync(path.join(root, file));
  // Level 9, as size checks conventionally measure (gzip-size, bundlesize); servers rarely beat it.
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

const sum = (files: Array<{ gzipBytes: number }>) => files.reduce((total, f) => total + f.gzipBytes, 0);
