import path from "node:path";

// Where things are, from bench/ up: every script runs from any working directory.

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");
export const benchDir = path.join(repoRoot, "bench");
/** What `vite build` writes and the BFF serves. */
export const webDist = path.join(repoRoot, "dist", "web");
