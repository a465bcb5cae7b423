import type { z } from "zod";
import { type VisitorMessageDraft, visitorMessageDraftSchema } from "../../../../contract/visitor.ts";
import { messageLimits } from "../../../../contract/message-content.ts";
import type { Translate } from "./translate.ts";

// What the customer typed, as a message the API takes, checked by the contract's own schema before
// it leaves the page, so a refusal is named in words beside the field rather than as a failed send.

export type DraftResult = { ok: true; draft: VisitorMessageDraft } | { ok: false; message: string };

function check(candidate: unknown, t: Translate): DraftResult {
  const parsed = visitorMessageDraftSchema.safeParse(candidate);
  return parsed.success ? { ok: true, draft: parsed.data } : { ok: false, message: issueWords(parsed.error, t) };
}

function issueWords(error: z.ZodError, t: Translate): string {
  const issue = error.issues[0];
  if (issue?.path.some((part) => part === "url" || part === "messageUrl")) return t("errors.badUrl");
  if (issue?.code === "too_big") return t("errors.tooLong", { max: messageLimits.text });
  return t("errors.invalid", { field: t("composer.label") });
}

export function textDraft(text: string, t: Translate): DraftResult | undefined {
  if (text.trim() === "") return undefined; // nothing to send: Enter on an empty box does nothing
  return check({ type: "TEXT", payload: { text } }, t);
}

/** A link is sent with its address as its title and text: the agent sees where it points. */
export function urlDraft(address: string, asImage: boolean, t: Translate): DraftResult {
  const url = address.trim();
  if (asImage) return check({ type: "IMAGE", payload: { url } }, t);
  return check({ type: "LINK", payload: { title: url.slice(0, messageLimits.title), text: url.slice(0, messageLimits.linkText), messageUrl: url } }, t);
}
