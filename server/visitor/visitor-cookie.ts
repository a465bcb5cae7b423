import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The visitor cookie: `v_<128-bit random>.<HMAC>`. The id alone is already unguessable; the MAC
// lets the server refuse a forged or altered value without a store lookup.

export const VISITOR_COOKIE = "lyv_visitor";

export function newVisitorId(): string {
  return `v_${randomBytes(16).toString("base64url")}`;
}

const mac = (secret: string, id: string) => createHmac("sha256", secret).update(id).digest("base64url");

export function signVisitorId(secret: string, id: string): string {
  return `${id}.${mac(secret, id)}`;
}

/** The visitor id of a well-signed cookie value, else undefined. */
export function readVisitorCookie(secret: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const id = value.slice(0, dot);
  if (!/^v_[A-Za-z0-9_-]{16,64}$/.test(id)) return undefined;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(secret, id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
