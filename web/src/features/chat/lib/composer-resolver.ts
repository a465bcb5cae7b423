import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldErrors, FieldValues, Resolver, ResolverOptions } from "react-hook-form";
import type { z } from "zod";
import { type MessageDraft, messagePayloadSchemas } from "../../../../../contract/message-content.ts";
import { encodeIssue } from "../../../components/form/issue-message.ts";
import { composerCandidate, toMessageDraft } from "./composer-payload.ts";
import { type ComposerValues, composerValuesSchema } from "./composer-values.ts";

// Validates the open panel with the payload schema of its type from contract/message-content.ts (the
// same schemas the BFF checks) and hands onSubmit the typed MessageDraft. A panel's fields are named
// `<TYPE>.<payload path>`, so the schema's errors are nested under the type to land next to their
// field; issues are encoded like the shared <Form>'s, so the shared fields word them in the UI language.

// The contract's one refine ("mediaId or url is required") has an English message of its own; the
// URL field reads it as "required", and the hint beside it says a media ID will do instead.
const mediaRequired = encodeIssue({ code: "invalid_type", expected: "string", input: undefined, path: ["url"] });

function localiseCustom(errors: FieldErrors): FieldErrors {
  const url = errors.url as FieldError | undefined;
  if (url?.type !== "custom") return errors;
  const localised: FieldErrors = { ...errors };
  localised.url = { ...url, message: mediaRequired };
  return localised;
}

/** The resolver options as the panel's own schema sees them: names and refs without the type prefix. */
function panelOptions(options: ResolverOptions<ComposerValues>, prefix: string): ResolverOptions<FieldValues> {
  const fields = (options.fields as Record<string, unknown>)[prefix.slice(0, -1)];
  return {
    ...options,
    names: options.names?.filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length)),
    fields: (fields ?? {}) as ResolverOptions<FieldValues>["fields"],
  };
}

export const composerResolver: Resolver<ComposerValues, unknown, MessageDraft> = async (raw, context, options) => {
  // Blank shared inputs report undefined; the schema turns them back into the composer's empty strings.
  const values = composerValuesSchema.parse(raw);
  const schema: z.ZodType<unknown, FieldValues> = messagePayloadSchemas[values.type];
  const result = await zodResolver(schema, { error: encodeIssue })(composerCandidate(values), context, panelOptions(options, `${values.type}.`));
  if (Object.keys(result.errors).length > 0) {
    return { values: {}, errors: { [values.type]: localiseCustom(result.errors) } as FieldErrors<ComposerValues> };
  }
  return { values: toMessageDraft(values.type, result.values), errors: {} };
};
