import type { z } from "zod";
import { type ApiErrorBody, apiErrorBodySchema } from "../../../contract/errors.ts";

// The one HTTP client of the web app. It parses every answer with the contract's schema and turns
// every failure into an ApiError; it has no UI side effects (callers decide on toasts and banners).

export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody["error"];

  constructor(status: number, body: ApiErrorBody["error"]) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.body = body;
  }

  /** Network loss: the request never got an answer from the BFF. */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  { method = "GET", body, signal }: RequestOptions = {},
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal: signal ?? null,
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        // A custom header a cross-site form cannot send: part of the BFF's CSRF defence.
        "x-requested-with": "lyservice-console",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, { code: "top_unavailable", message: "network_error" });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(json);
    const error = parsed.success ? parsed.data.error : { code: "internal" as const, message: `HTTP ${response.status}` };
    // A 429 always carries Retry-After; the body may not repeat it (a proxy's answer, say).
    const retryAfter = Number(response.headers.get("retry-after") ?? Number.NaN);
    if (error.retryAfterSeconds === undefined && Number.isFinite(retryAfter)) error.retryAfterSeconds = retryAfter;
    throw new ApiError(response.status, error);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, { code: "internal", message: "unexpected_response" });
  }
  return parsed.data;
}
