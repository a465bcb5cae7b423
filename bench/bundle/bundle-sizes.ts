import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { webDist } from "../lib/paths.ts";

// Sizes of the built web app (dist/web) as the browser downloads it, gzipped. "Initial" is what
// index.html loads before anything can render: its module entry scripts and their modulepreload
// links. Everything else under assets/ is a lazy chunk, fetched on first use of its feature.

/** 150 kB, in Vite's units (1 kB = 1000 bytes), as the build log shows sizes. */
export const initialJsBudgetBytes = 150_000;

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

export function measureBundle(root = webDist): BundleSizes {
  const indexFile = path.join(root, "index.html");
  if (!existsSync(indexFile)) throw new MissingBuildError();
  const html = readFileSync(indexFile, "utf8");
  const scripts = attributeOfTags(html, "script", "src", (tag) => /\btype=["']?module\b/.test(tag));
  const preloads = attributeOfTags(html, "link", "href", (tag) => /\brel=["']?modulepreload\b/.test(tag));
  const styles = attributeOfTags(html, "link", "href", (tag) => /\brel=["']?stylesheet\b/.test(tag));

  const initial = new Set([...scripts, ...preloads].map((ref) => localPath(root, ref)).filter((f) => f !== undefined));
  const initialJs = [...initial].map((file) => sizeOf(root, file));
  const initialCss = styles.map((ref) => localPath(root, ref)).filter((f) => f !== undefined).map((file) => sizeOf(root, file));
  const assets = path.join(root, "assets");
  const lazyJs = (existsSync(assets) ? readdirSync(assets) : [])
    .map((name) => path.posix.join("assets", name))
    .filter((file) => file.endsWith(".js") && !initial.has(file))
    .map((file) => sizeOf(root, file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  const initialJsGzipBytes = sum(initialJs);
  return {
    initialJs,
    initialJsGzipBytes,
    initialCss,
    lazyJs,
    lazyJsGzipBytes: sum(lazyJs),
    budgetBytes: initialJsBudgetBytes,
    withinBudget: initialJsGzipBytes <= initialJsBudgetBytes,
  };
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
