import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver, ResolverOptions } from "react-hook-form";
import type { z } from "zod";
import { type MessageDraft, messagePayloadSchemas } from "../../../../../contract/message-content.ts";
import { encodeIssue } from "../../../components/form/issue-message.ts";
import { composerCandidate, toMessageDraft } from "./composer-payload.ts";
import { type ComposerValues, composerValuesSchema } from "./composer-values.ts";

// Validates the composer with the payload schema of the chosen type from contract/message-content.ts
// (the same schemas the BFF checks) and hands onSubmit the typed MessageDraft. Field names equal
// payload paths, so each error lands next to its field; issues are encoded like the shared <Form>'s,
// so the shared field components word them in the UI language.

// The contract's one refine ("mediaId or url is required") has an English message of its own; the
// URL field reads it as "required", and the hint beside it says a media ID will do instead.
const mediaRequired = encodeIssue({ code: "invalid_type", expected: "string", input: undefined, path: ["url"] });

function localiseCustom(errors: FieldErrors<ComposerValues>): FieldErrors<ComposerValues> {
  if (errors.url?.type !== "custom") return errors;
  return { ...errors, url: { ...errors.url, message: mediaRequired } };
}

export const composerResolver: Resolver<ComposerValues, unknown, MessageDraft> = async (raw, context, options) => {
  // Blank shared inputs report undefined; the schema turns them back into the composer's empty strings.
  const values = composerValuesSchema.parse(raw);
  const schema: z.ZodType<unknown, FieldValues> = messagePayloadSchemas[values.type];
  // The options name the form's fields, which are the payload's own paths: they fit the candidate too.
  const candidateOptions = options as unknown as ResolverOptions<FieldValues>;
  const result = await zodResolver(schema, { error: encodeIssue })(composerCandidate(values), context, candidateOptions);
  if (Object.keys(result.errors).length > 0) return { values: {}, errors: localiseCustom(result.errors) };
  return { values: toMessageDraft(values.type, result.values), errors: {} };
};
