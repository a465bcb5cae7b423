import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// One config for the web build (vite) and the unit/integration tests (vitest).
// In `npm run dev` the BFF listens on BFF_PORT and vite proxies /api to it.
const bffPort = process.env.BFF_PORT ?? "8787";

export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { "/api": { target: `http://127.0.0.1:${bffPort}`, changeOrigin: false } },
  },
  test: {
    root: ".",
    include: ["contract/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "web/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 15_000,
    pool: "forks",
  },
});
