import { z } from "zod";
import type { Role } from "../../contract/auth.ts";
import { firstScreenPaths } from "../../contract/first-screen.ts";

// What a signed-in browser will ask for as soon as the console's code runs, named in the page itself
// so it asks while that code is still downloading: the console's own chunk (web/src/app/chunks.ts;
// the entry already modulepreloads its own imports) and the first screen's API requests
// (contract/first-screen.ts). Read from the build's manifest (vite.config.ts: build.manifest), so
// the names follow every build. A signed-out browser gets the page as built: nothing it may not need.

const manifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), isEntry: z.boolean().optional(), imports: z.array(z.string()).optional(), css: z.array(z.string()).optional() }),
);
export type BuildManifest = z.infer<typeof manifestSchema>;

/** The manifest key of the chunk web/src/app/chunks.ts loads first for a signed-in user. */
export const consoleChunkKey = "src/app/console.tsx";
const pageKey = "index.html";

export function parseBuildManifest(json: unknown): BuildManifest {
  return manifestSchema.parse(json);
}

/** The keys of a chunk and of every chunk it imports. */
function closure(manifest: BuildManifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, into);
  return into;
}

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The <link> tags for a signed-in user of `role` opening the console at `?params`. */
export function firstScreenHints(manifest: BuildManifest, role: Role, params: URLSearchParams): string {
  const loaded = closure(manifest, pageKey);
  const chunks = [...closure(manifest, consoleChunkKey)].filter((key) => !loaded.has(key));
  const files = chunks.flatMap((key) => (manifest[key] ? [manifest[key].file] : []));
  const styles = chunks.flatMap((key) => manifest[key]?.css ?? []);
  return [
    ...firstScreenPaths(role, params).map((href) => `<link rel="preload" href="${attribute(href)}" as="fetch" crossorigin="anonymous" />`),
    ...files.map((file) => `<link rel="modulepreload" crossorigin href="/${attribute(file)}" />`),
    ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${attribute(file)}" />`),
  ].join("\n    ");
}
