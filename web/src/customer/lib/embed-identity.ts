import { type VisitorIdentifyBody, visitorIdentifyBodySchema } from "../../../../contract/visitor.ts";

// A host site's signed member reaches the frame in the URL's fragment (widget.js puts it there): a
// fragment is never sent to any server, so the signature stays out of access logs. The page reads it
// once, hands it to the BFF (which checks the HMAC) and removes it from the address bar.

export function readEmbedIdentity(hash: string): VisitorIdentifyBody | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const nick = params.get("nick");
  const parsed = visitorIdentifyBodySchema.safeParse({
    member_id: params.get("member") ?? undefined,
    nickname: nick === null || nick === "" ? undefined : nick,
    ts: params.get("ts") ?? undefined,
    sig: params.get("sig") ?? undefined,
  });
  // Anything malformed is ignored like a bad signature: the visitor stays anonymous.
  return parsed.success ? parsed.data : undefined;
}
