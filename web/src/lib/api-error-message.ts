import { type ApiErrorCode, isRetryableCode, type TopErrorDetail } from "../../../contract/errors.ts";
import { ApiError } from "./api-client.ts";

// What to tell an agent about a failed request, as a `common:errors.*` key, and what to hand to
// support. Anything that is not an ApiError (a bug, a thrown string) reads as an internal error.

export type ApiErrorKey = "network" | ApiErrorCode;

export function apiErrorKey(error: unknown): ApiErrorKey {
  if (!(error instanceof ApiError)) return "internal";
  return error.isNetwork ? "network" : error.body.code;
}

export interface SupportDetails {
  status?: number;
  code?: string;
  message?: string;
  requestId?: string;
  top?: TopErrorDetail;
}

export function supportDetails(error: unknown): SupportDetails {
  if (error instanceof ApiError) {
    const { code, message, requestId, top } = error.body;
    return { status: error.status, code, message, requestId, top };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** Worth offering "Try again": the request may succeed unchanged a little later. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.isNetwork) return true;
  return isRetryableCode(error.body.code);
}
