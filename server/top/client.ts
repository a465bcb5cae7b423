import type { Logger } from "pino";
import { type TopCallName, type TopParams, type TopResult, topCalls } from "../../contract/top-calls.ts";
import { parseEnvelope } from "./envelope.ts";
import { compactParams, sign, type SignMethod } from "./sign.ts";
import { formatTopTimestamp } from "./timestamp.ts";
import { TopError } from "./top-error.ts";
import { postForm, TransportError } from "./transport.ts";
import { encodeBusinessParams } from "./params.ts";
import { retryDecision } from "./retry-policy.ts";

export interface TopClientOptions {
  gatewayUrl: string;
  appKey: string;
  appSecret: string;
  signMethod: SignMethod;
  /** The `session` system parameter, for APIs that need a user's authorisation. */
  session?: string | undefined;
  partnerId?: string | undefined;
  timeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  retryBaseMs: number;
  now?: () => Date;
  log?: Pick<Logger, "debug" | "warn">;
}

export interface TopSuccess<N extends TopCallName> {
  result: TopResult<N>;
  requestId: string | undefined;
  attempts: number;
  latencyMs: number;
}

/** The signed TOP client: serialises a call's DTOs, signs, sends, parses, and retries where safe. */
export class TopClient {
  readonly #options: TopClientOptions;
  readonly #url: URL;

  constructor(options: TopClientOptions) {
    this.#options = options;
    this.#url = new URL(options.gatewayUrl);
  }

  async call<N extends TopCallName>(name: N, params: TopParams<N>): Promise<TopSuccess<N>> {
    const call = topCalls[name];
    const business = encodeBusinessParams(call.params.parse(params));
    const started = performance.now();
    let ambiguousRetries = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        const { result, requestId } = await this.#send(call.method, call.result, business);
        const latencyMs = Math.round(performance.now() - started);
        // Every call is in the audit trail already; this line is for debugging only.
        this.#options.log?.debug({ top: { method: call.method, attempt, requestId, latencyMs } }, "top call ok");
        return { result: result as TopResult<N>, requestId, attempts: attempt, latencyMs };
      } catch (error) {
        if (!(error instanceof TopError)) throw error;
        const decision = retryDecision(error, {
          attempt,
          maxAttempts: this.#options.maxAttempts,
          retryAfterAmbiguousFailure: call.retryAfterAmbiguousFailure,
          ambiguousRetries,
          baseDelayMs: this.#options.retryBaseMs,
        });
        this.#options.log?.warn(
          { top: { method: call.method, attempt, kind: error.kind, ...error.detail, retry: decision.retry } },
          "top call failed",
        );
        if (!decision.retry) {
          error.attempts = attempt;
          error.latencyMs = Math.round(performance.now() - started);
          throw error;
        }
        if (decision.ambiguous) ambiguousRetries++;
        await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
      }
    }
  }

  async #send<R extends { success: boolean }>(
    method: string,
    resultSchema: Parameters<typeof parseEnvelope>[1],
    business: Record<string, string>,
  ) {
    const { appKey, appSecret, signMethod, session, partnerId, timeoutMs, now } = this.#options;
    // A fresh timestamp and sign on every attempt: a retry after a long wait must not be refused as stale.
    const params = compactParams({
      method,
      app_key: appKey,
      timestamp: formatTopTimestamp(now?.() ?? new Date()),
      v: "2.0",
      format: "json",
      sign_method: signMethod,
      session,
      partner_id: partnerId,
      ...business,
    });
    params.sign = sign(params, appSecret, signMethod);
    let answer;
    try {
      answer = await postForm(this.#url, new URLSearchParams(params).toString(), timeoutMs);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      const { failure } = error;
      throw new TopError({
        kind: failure.kind === "timeout" ? "timeout" : "transport",
        method,
        message: failure.kind === "timeout" ? `TOP did not answer within ${timeoutMs} ms` : `TOP connection ${failure.kind}: ${failure.code}`,
        sent: failure.kind !== "refused",
      });
    }
    if (answer.status !== 200) {
      throw new TopError({ kind: "transport", method, message: `TOP answered HTTP ${answer.status}`, httpStatus: answer.status });
    }
    return parseEnvelope(method, resultSchema, answer.body) as { result: R; requestId: string | undefined };
  }
}
