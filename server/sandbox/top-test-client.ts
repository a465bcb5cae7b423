import { z } from "zod";
import { findCallByMethod, responseKey, topCalls } from "../../contract/top-calls.ts";
import { topErrorResponseSchema, type TopErrorResponse } from "../../contract/top-results.ts";
import { sign, signMethods, type SignMethod } from "../top/sign.ts";
import { formatTopTimestamp } from "../top/timestamp.ts";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "./sandbox.ts";

// Test-only: a minimal TOP client built from the production `sign` and `formatTopTimestamp`, with
// knobs to break each system parameter, and the sample DTOs the sandbox tests share.

export const testAppKey = "12345678";
export const testSecret = "helloworld";
export const methods = {
  create: topCalls.createSession.method,
  send: topCalls.sendMessage.method,
  close: topCalls.closeSession.method,
  group: topCalls.groupCommunication.method,
  ticket: topCalls.saveGroupTicket.method,
};

export function startTestSandbox(options: Partial<SandboxOptions> = {}): Promise<RunningSandbox> {
  return startSandbox({ appKey: testAppKey, appSecret: testSecret, ...options });
}

export interface TopRequest {
  method?: string;
  /** DTO objects are sent as their JSON; strings go as they are (to send broken JSON). */
  business?: Record<string, unknown>;
  signMethod?: SignMethod | (string & {});
  secret?: string;
  timestamp?: Date;
  /** Overrides system parameters; undefined removes one. Applied before signing. */
  system?: Record<string, string | undefined>;
  /** Replaces the computed signature; undefined removes it. */
  sign?: string | undefined;
  /** Set after signing, to prove the signature covers them. */
  tamper?: Record<string, string>;
  transport?: "post" | "get" | "split";
  signal?: AbortSignal;
}

export interface TopReply {
  status: number;
  text: string;
  body: unknown;
}

export async function callTop(url: string, request: TopRequest): Promise<TopReply> {
  const params: Record<string, string> = {
    method: request.method ?? methods.group,
    app_key: testAppKey,
    timestamp: formatTopTimestamp(request.timestamp ?? new Date()),
    format: "json",
    v: "2.0",
    sign_method: request.signMethod ?? "md5",
  };
  for (const [name, value] of Object.entries(request.business ?? {})) {
    params[name] = typeof value === "string" ? value : JSON.stringify(value);
  }
  for (const [name, value] of Object.entries(request.system ?? {})) {
    if (value === undefined) delete params[name];
    else params[name] = value;
  }
  // An unknown sign_method is signed with md5: the sandbox must reject it for the name alone.
  const requested = params["sign_method"] ?? "md5";
  const signMethod = signMethods.find((known) => known === requested) ?? "md5";
  const signature = "sign" in request ? request.sign : sign(params, request.secret ?? testSecret, signMethod);
  if (signature !== undefined) params["sign"] = signature;
  Object.assign(params, request.tamper);
  return send(url, params, request.transport ?? "post", request.signal);
}

async function send(url: string, params: Record<string, string>, transport: "post" | "get" | "split", signal?: AbortSignal) {
  const form = new URLSearchParams(params);
  let response: Response;
  if (transport === "get") {
    response = await fetch(`${url}?${form}`, { signal: signal ?? null });
  } else {
    // "split": system parameters in the query and the DTOs in the body, as the official SDKs send them.
    const isBusiness = (name: string) => name.includes("_dto") || name.endsWith("_request");
    const query = new URLSearchParams(Object.entries(params).filter(([name]) => transport === "split" && !isBusiness(name)));
    const body = new URLSearchParams(Object.entries(params).filter(([name]) => transport === "post" || isBusiness(name)));
    response = await fetch(query.size > 0 ? `${url}?${query}` : url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" },
      body,
      signal: signal ?? null,
    });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

/** The error_response of a reply, which must be one. */
export function errorOf(reply: TopReply): TopErrorResponse {
  return z.object({ error_response: topErrorResponseSchema }).parse(reply.body).error_response;
}

/** The `result` of a success envelope, checked against the call's declared result schema. */
export function resultOf(reply: TopReply, method: string) {
  const call = findCallByMethod(method);
  if (call === undefined) throw new Error(`unknown method ${method}`);
  if (typeof reply.body === "object" && reply.body !== null && "error_response" in reply.body) {
    throw new Error(`expected a result, got ${reply.text}`);
  }
  const envelope = z.object({ [responseKey(method)]: z.object({ result: call.result, request_id: z.string().min(1) }) });
  const parsed = envelope.parse(reply.body)[responseKey(method)];
  if (parsed === undefined) throw new Error("no envelope");
  return parsed.result;
}

export const sampleDtos = {
  create: (sid: string) => ({
    ly_create_session_dto: {
      source: { session_source: "XSpace", channel_uid: "user-1", channel: "0", sid },
      target: { session_source: "XSpace", service_id: "svc-1", bu_id: "100" },
    },
  }),
  send: (sid: string, messageId: string, content = "你好") => ({
    ly_ding_open_para_dto: { corp_id: "ding-corp" },
    ly_open_message_dto: { content, content_type: 1, message_id: messageId, sid, session_source: "XSpace", bu_id: "100" },
  }),
  close: (sid: string) => ({
    ly_close_session_dto: { reason: "memberIsSilent", session_source: "XSpace", operator_id: "op-1", sid, bu_id: "100" },
  }),
};
