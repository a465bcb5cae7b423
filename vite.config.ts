import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { type Plugin } from "vite";
import { defineConfig } from "vitest/config";

// One config for the web build (vite) and the unit/integration tests (vitest).
// In `npm run dev` the BFF listens on BFF_PORT and vite proxies /api to it.
const bffPort = process.env.BFF_PORT ?? "8787";
const web = (file: string) => fileURLToPath(new URL(`web/${file}`, import.meta.url));

// The customer page renders with preact/compat: React and zod alone took 77 of its 80 kB budget. Only
// imports made from web/src/customer are redirected, so the console keeps React. In the build only:
// the dev server pre-bundles each bare import once for every page, so redirecting `react-dom/client`
// for the customer page handed preact to the console too; `npm run dev` serves both pages on React,
// and the browser tests, which run the build, cover preact.
const customerDir = web("src/customer/");
const preactFor: Record<string, string> = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react-dom/client": "preact/compat/client",
  "react/jsx-runtime": "preact/jsx-runtime",
  "react/jsx-dev-runtime": "preact/jsx-dev-runtime",
};
const customerPreact: Plugin = {
  name: "customer-preact",
  enforce: "pre",
  apply: "build",
  async resolveId(source, importer, options) {
    const target = preactFor[source];
    if (target === undefined || importer === undefined || !importer.startsWith(customerDir)) return null;
    return this.resolve(target, importer, { ...options, skipSelf: true });
  },
  // A shared module (web/src/lib…) that imports React is resolved to React itself, even for the
  // customer page, whose preact/compat tree React hooks cannot run in: fail the build, naming it.
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((item) => item.type === "chunk");
    const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === "chat");
    const seen = new Set<string>();
    const walk = (fileName: string) => {
      const chunk = chunks.find((c) => c.fileName === fileName);
      if (!chunk || seen.has(fileName)) return;
      seen.add(fileName);
      const react = chunk.moduleIds.find((id) => /[\\/]node_modules[\\/]react(-dom)?[\\/]/.test(id));
      if (react) this.error(`the customer page's bundle pulls in React (${react}): a shared module it imports uses React; read it through web/src/customer instead`);
      chunk.imports.forEach(walk);
    };
    if (entry) walk(entry.fileName);
  },
};

export default defineConfig({
  root: "web",
  plugins: [customerPreact, react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // Three entries that share nothing on the first load: the console, the customer's chat page (its
      // own small bundle, for phones on mobile networks) and the embed script host sites load by a
      // fixed URL, so that one is not hashed and must stay import-free (a classic <script>).
      input: { console: web("index.html"), chat: web("chat/index.html"), widget: web("src/widget/widget.ts") },
      output: {
        entryFileNames: (chunk) => (chunk.name === "widget" ? "chat/widget.js" : "assets/[name]-[hash].js"),
      },
    },
  },
  server: {
    proxy: { "/api": { target: `http://127.0.0.1:${bffPort}`, changeOrigin: false } },
  },
  test: {
    root: ".",
    include: ["bench/**/*.test.ts", "contract/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "web/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 15_000,
    pool: "forks",
  },
});
