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
    const sandbox = await startSandbox({ appKey, appSecret, port: config.sandboxPort });
    gatewayUrl = sandbox.url;
    closeSandbox = () => sandbox.close();
    log.info({ gateway: gatewayUrl, admin: `${sandbox.origin}/__sandbox` }, "embedded TOP sandbox gateway started");
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
