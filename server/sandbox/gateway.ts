import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { responseKey, topCalls, type TopCallName, type TopCalls } from "../../contract/top-calls.ts";
import { parseBusinessParams } from "./business-params.ts";
import { callHandlers, type CallContext } from "./call-handlers.ts";
import type { FaultInjector } from "./fault-injector.ts";
import type { ResolvedFault } from "./fault-spec.ts";
import { readBody, sendText } from "./http-io.ts";
import { patchResult } from "./answer-patch.ts";
import { checkProtocol, type GatewayConfig } from "./protocol-checks.ts";
import type { SandboxState } from "./sandbox-state.ts";
import { errorEnvelope, newRequestId, successEnvelope } from "./top-envelopes.ts";

// /router/rest: parameters from query and body as TOP allows, "before" faults, protocol checks,
// the call itself, then "after" faults, which hit once the state has changed: that is how a client
// sees a timeout or a lost answer for a message that was in fact delivered.

export interface GatewayDeps {
  config: GatewayConfig;
  state: SandboxState;
  faults: FaultInjector;
  origin: string;
  /** Aborted on close, so injected latency does not keep the process alive. */
  signal: AbortSignal;
}

const jsonType = "application/json;charset=UTF-8";

export async function handleGateway(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, deps: GatewayDeps) {
  const body = req.method === "POST" ? await readBody(req) : "";
  const params = collectParams(query, body, req.headers["content-type"]);
  const method = params["method"];
  const requestId = newRequestId();

  const before = deps.faults.take(method, "before");
  if (before !== undefined) {
    const pending = `{"${method === undefined ? "error_response" : responseKey(method)}":{"result":{"success":tr`;
    if (await applyFault(before, res, requestId, pending, deps.signal)) return;
  }

  const now = deps.config.now();
  const checked = checkProtocol(params, deps.config);
  if (!checked.ok) return sendText(res, 200, jsonType, JSON.stringify(errorEnvelope(checked.error, requestId)));

  const answer = JSON.stringify(runCall(checked.name, params, { state: deps.state, now, origin: deps.origin }, requestId));
  const after = deps.faults.take(method, "after");
  if (after !== undefined && (await applyFault(after, res, requestId, answer, deps.signal))) return;
  sendText(res, 200, jsonType, answer);
}

function runCall<N extends TopCallName>(name: N, params: Record<string, string>, ctx: CallContext, requestId: string) {
  const call: TopCalls[N] = topCalls[name];
  const parsed = parseBusinessParams<TopCalls[N]["params"]>(call.params, params);
  if (!parsed.ok) return errorEnvelope(parsed.error, requestId);
  return successEnvelope(call.method, callHandlers[name](parsed.value, ctx), requestId);
}

/** True when the fault answered (or dropped) the request; false when processing goes on. */
async function applyFault(fault: ResolvedFault, res: ServerResponse, requestId: string, answer: string, signal: AbortSignal) {
  switch (fault.kind) {
    case "latency":
      await sleep(fault.latencyMs, undefined, { signal });
      return false;
    case "error_response":
      if (fault.error === undefined) return false;
      sendText(res, 200, jsonType, JSON.stringify(errorEnvelope(fault.error, requestId)));
      return true;
    case "http_status":
      sendText(res, fault.status, "text/html;charset=UTF-8", statusPage(fault.status));
      return true;
    case "garbled":
      // A body cut short, as a proxy that drops the connection mid-answer leaves it.
      sendText(res, 200, jsonType, answer.slice(0, Math.max(1, Math.floor(answer.length / 2))));
      return true;
    case "drop":
      res.socket?.destroy();
      return true;
    case "answer":
      sendText(res, 200, jsonType, fault.body ?? patchResult(answer, fault.resultPatch ?? {}));
      return true;
  }
}

function statusPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? "Error"}`;
  return `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>injected by the TOP sandbox</p></body></html>`;
}

/** Query then body (the body wins on a clash); empty values are neither signed nor sent by TOP clients. */
function collectParams(query: URLSearchParams, body: string, contentType: string | undefined) {
  const params = Object.create(null) as Record<string, string>;
  for (const [name, value] of query) if (value !== "") params[name] = value;
  const isForm = contentType === undefined || contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
  if (body !== "" && isForm) {
    for (const [name, value] of new URLSearchParams(body)) if (value !== "") params[name] = value;
  }
  return params;
}
