import { get } from "react-hook-form";
import { serverFieldErrors, splitFieldErrors, type SplitFieldErrors } from "../../../components/form/server-errors.ts";
import type { ComposerValues } from "./composer-values.ts";

// The BFF names a bad part of a message by its path in the send body (`payload.buttons.0.actionURL`).
// The composer's fields are named by the open panel's type and the payload's own paths
// (`ACTION_CARD.buttons.0.actionURL`), so `payload.` off the front, the type on, is the field; a path
// that is not one of the composer's text inputs (the read time, the message id, a whole list) has no
// field to sit next to and is listed in the composer's notice instead.

export function payloadFieldErrors(error: unknown, values: ComposerValues): SplitFieldErrors {
  const toFieldName = (path: string) => {
    if (!path.startsWith("payload.")) return undefined;
    const name = `${values.type}.${path.slice("payload.".length)}`;
    return typeof get(values, name) === "string" ? name : undefined;
  };
  return splitFieldErrors(serverFieldErrors(error), toFieldName);
}
