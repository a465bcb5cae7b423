import { z } from "zod";

// Page cursors are opaque to clients: base64url of a JSON array (the sort key of the last row the
// server handed out; server/store/sql/cursor.ts writes them). One that is not such a thing is
// refused by name (400 `cursor`) rather than silently read as "from the start".

function decodeBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function isPageCursor(value: string): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return false;
  try {
    const parts: unknown = JSON.parse(decodeBase64Url(value));
    return Array.isArray(parts) && parts.length > 0 && parts.every((p) => typeof p === "string" || typeof p === "number");
  } catch {
    return false;
  }
}

/** `cursor` of a paged GET; empty means the first page, as if absent. */
export const pageCursorSchema = z
  .string()
  .max(200)
  .refine((value) => value === "" || isPageCursor(value), { message: "not a cursor this server handed out" })
  .optional();
