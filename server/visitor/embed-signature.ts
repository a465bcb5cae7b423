import { createHmac, timingSafeEqual } from "node:crypto";

// A host site that embeds the chat may vouch for its signed-in member: it signs
// `${member_id}\n${nickname}\n${ts}` (ts in Unix seconds) with the shared EMBED_SECRET, HMAC-SHA256,
// hex. The newline cannot occur in any part (member ids are a restricted set; nicknames are trimmed
// single-line by the schema check below), so two different triples never sign the same text.

export interface EmbedClaim {
  member_id: string;
  nickname?: string | undefined;
  ts: number;
  sig: string;
}

export function embedSignature(secret: string, claim: Omit<EmbedClaim, "sig">): string {
  return createHmac("sha256", secret).update(`${claim.member_id}\n${claim.nickname ?? ""}\n${claim.ts}`).digest("hex");
}

/** True only for a signature made with the secret, within maxAgeMs of now (either side, for clock skew). */
export function verifyEmbedClaim(secret: string | undefined, claim: EmbedClaim, nowMs: number, maxAgeMs: number): boolean {
  if (!secret) return false;
  if (/[\r\n]/.test(claim.nickname ?? "")) return false;
  if (Math.abs(nowMs - claim.ts * 1000) > maxAgeMs) return false;
  const expected = Buffer.from(embedSignature(secret, claim), "hex");
  const given = Buffer.from(claim.sig, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
