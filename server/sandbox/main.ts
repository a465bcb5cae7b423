import { parseSandboxEnv } from "./sandbox-env.ts";
import { startSandbox } from "./sandbox.ts";

// `npm run sandbox`: the TOP sandbox gateway on its own, for demos and for a BFF run by hand.

const parsed = parseSandboxEnv(process.env);
if (!parsed.ok) {
  console.error(`The TOP sandbox cannot start, the environment is wrong:\n- ${parsed.problems.join("\n- ")}`);
  process.exit(1);
}
const { env } = parsed;
const sandbox = await startSandbox({
  host: env.host,
  port: env.port,
  appKey: env.appKey,
  appSecret: env.appSecret,
  faults: env.faults,
  dataDir: env.dataDir,
});
const memory = env.dataDir === undefined ? "state in memory only" : `state kept in ${env.dataDir}`;
// Never the secret: this line ends up in terminals and CI logs.
console.log(`TOP sandbox gateway on ${sandbox.url} (app_key ${env.appKey}, ${env.faults.length} fault(s) armed, ${memory})`);
if (sandbox.state.unreadable > 0) console.warn(`${sandbox.state.unreadable} stored record(s) could not be read and were left out`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`The TOP sandbox did not close cleanly after ${signal}:`, error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
