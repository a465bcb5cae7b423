import { get } from "react-hook-form";
import { serverFieldErrors, splitFieldErrors, type SplitFieldErrors } from "../../../components/form/server-errors.ts";

// The BFF names a bad part of a message by its path in the send body (`payload.buttons.0.actionURL`).
// The composer's fields are named by the payload's own paths, so `payload.` off the front is the field;
// a path that is not one of the composer's text inputs (the read time, the message id, a whole list)
// has no field to sit next to and is listed in the composer's notice instead.

export function payloadFieldErrors(error: unknown, values: object): SplitFieldErrors {
  const toFieldName = (path: string) => {
    if (!path.startsWith("payload.")) return undefined;
    const name = path.slice("payload.".length);
    return typeof get(values, name) === "string" ? name : undefined;
  };
  return splitFieldErrors(serverFieldErrors(error), toFieldName);
}
