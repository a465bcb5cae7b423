import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import { sandboxDemoAppKey } from "./sandbox/defaults.ts";
import { startSandbox } from "./sandbox/sandbox.ts";
import { TopClient } from "./top/client.ts";

/**
 * The TOP client for this configuration. Without credentials it starts the embedded sandbox gateway
 * on loopback, with a secret made up for this process, and the client still reaches it over HTTP:
 * the code path is the one used against the real platform.
 */
export async function startTop(config: Config, log: Logger) {
  let { gatewayUrl, appKey, appSecret } = config.top;
  let closeSandbox = async () => {};
  if (config.mode === "sandbox") {
    appKey = sandboxDemoAppKey;
    appSecret = randomBytes(24).toString("base64url");
    // Beside the console's data, so sessions opened before a restart still exist on the "platform".
    const sandbox = await startSandbox({ appKey, appSecret, port: config.sandboxPort, dataDir: config.dataDir });
    gatewayUrl = sandbox.url;
    closeSandbox = () => sandbox.close();
    log.info({ gateway: gatewayUrl, admin: `${sandbox.origin}/__sandbox` }, "embedded TOP sandbox gateway started");
    if (sandbox.state.unreadable > 0) {
      log.warn({ unreadable: sandbox.state.unreadable }, "the sandbox left out stored records it could not read");
    }
  }
  if (!gatewayUrl || !appKey || !appSecret) throw new Error("TOP gateway is not configured");
  const client = new TopClient({
    gatewayUrl,
    appKey,
    appSecret,
    signMethod: config.top.signMethod,
    session: config.top.session,
    partnerId: config.top.partnerId,
    timeoutMs: config.top.timeoutMs,
    maxAttempts: config.top.maxAttempts,
    retryBaseMs: config.top.retryBaseMs,
    log: log.child({ component: "top" }),
  });
  return { client, gatewayUrl, close: closeSandbox };
}
