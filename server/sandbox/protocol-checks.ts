import { topCalls, type TopCallName } from "../../contract/top-calls.ts";
import { sign, signMethods, type SignMethod } from "../top/sign.ts";
import { parseTopTimestamp } from "../top/timestamp.ts";
import { topError, type TopError } from "./top-envelopes.ts";

// The system-parameter checks of the TOP gateway, in the real gateway's order: method, app key,
// sign presence, timestamp, version, format, signature, then session. A client that passes these
// here has its signing, clock and envelope right for production.

export interface GatewayConfig {
  appKey: string;
  appSecret: string;
  requireSession?: string | undefined;
  now: () => Date;
}

export type ProtocolOutcome = { ok: true; name: TopCallName; method: string } | { ok: false; error: TopError };

const maxSkewMs = 10 * 60 * 1000;

const callNamesByMethod = new Map<string, TopCallName>(
  (Object.keys(topCalls) as TopCallName[]).map((name) => [topCalls[name].method, name]),
);

const isSignMethod = (value: string): value is SignMethod => (signMethods as readonly string[]).includes(value);

/** `params` holds every received non-empty parameter, system and business. */
export function checkProtocol(params: Record<string, string>, config: GatewayConfig): ProtocolOutcome {
  const fail = (error: TopError): ProtocolOutcome => ({ ok: false, error });
  const method = params["method"];
  if (method === undefined) return fail(topError(21));
  const name = callNamesByMethod.get(method);
  if (name === undefined) return fail(topError(22, `the sandbox knows no method ${method}`));

  const appKey = params["app_key"];
  if (appKey === undefined) return fail(topError(28));
  if (appKey !== config.appKey) return fail(topError(29, `unknown app_key ${appKey}`));

  const received = params["sign"];
  if (received === undefined) return fail(topError(24));

  const timestamp = params["timestamp"];
  if (timestamp === undefined) return fail(topError(30));
  const at = parseTopTimestamp(timestamp);
  if (at === undefined) return fail(topError(31, "timestamp must be yyyy-MM-dd HH:mm:ss in GMT+8"));
  if (Math.abs(at.getTime() - config.now().getTime()) > maxSkewMs) {
    return fail(topError(31, "timestamp is more than 10 minutes away from the gateway's time (GMT+8)"));
  }

  const version = params["v"];
  if (version === undefined) return fail(topError(32));
  if (version !== "2.0") return fail(topError(33, `unsupported version ${version}, use 2.0`));

  // TOP's default format is xml; the sandbox emulates the JSON answers only.
  const format = params["format"] ?? "xml";
  if (format !== "json") return fail(topError(23, `format ${format} is not supported by the sandbox: only json is`));

  const signMethod = params["sign_method"] ?? "md5";
  if (!isSignMethod(signMethod)) {
    return fail(topError(25, `unknown sign_method ${signMethod}, use one of ${signMethods.join(", ")}`));
  }
  if (received.toUpperCase() !== sign(params, config.appSecret, signMethod)) return fail(topError(25));

  if (config.requireSession !== undefined) {
    const session = params["session"];
    if (session === undefined) return fail(topError(26));
    if (session !== config.requireSession) return fail(topError(27));
  }
  return { ok: true, name, method };
}
