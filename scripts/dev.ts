import { spawn } from "node:child_process";

// `npm run dev`: the BFF (restarted on change, on the embedded sandbox) and Vite's dev server with
// hot reload, which proxies /api to the BFF. Ctrl+C stops both.

const bffPort = process.env.BFF_PORT ?? "8787";
const children = [
  spawn(process.execPath, ["--watch", "--import", "tsx", "server/index.ts"], {
    stdio: "inherit",
    env: { ...process.env, PORT: bffPort },
  }),
  spawn(process.execPath, ["node_modules/vite/bin/vite.js", "--host", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, BFF_PORT: bffPort },
  }),
];

const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) {
  child.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
