import { createHash, createHmac } from "node:crypto";

// TOP request signing (top-protocol.md, "Signing"). Pure: the same inputs always give the same sign.

export const signMethods = ["md5", "hmac", "hmac-sha256"] as const;
export type SignMethod = (typeof signMethods)[number];

export type TopParamValue = string | number | boolean | null | undefined;

/** Drops null/undefined/empty values: they are neither signed nor sent, so both sides agree. */
export function compactParams(params: Record<string, TopParamValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = String(value);
    if (text === "") continue;
    out[name] = text;
  }
  return out;
}

/** `name1value1name2value2…` over every parameter but `sign`, names in ASCII order. */
export function signingString(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((name) => name !== "sign")
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${name}${params[name] ?? ""}`)
    .join("");
}

export function sign(params: Record<string, string>, secret: string, method: SignMethod): string {
  const text = signingString(params);
  switch (method) {
    case "md5":
      return createHash("md5").update(secret + text + secret, "utf8").digest("hex").toUpperCase();
    case "hmac":
      return createHmac("md5", secret).update(text, "utf8").digest("hex").toUpperCase();
    case "hmac-sha256":
      return createHmac("sha256", secret).update(text, "utf8").digest("hex").toUpperCase();
  }
}
