import { describe, expect, it } from "vitest";
import { ApiError } from "../../../lib/api-client.ts";
import { emptyComposerValues } from "./composer-values.ts";
import { payloadFieldErrors } from "./payload-field-errors.ts";

const badRequest = (paths: string[]) =>
  new ApiError(400, { code: "validation_failed", message: "Invalid", fields: paths.map((path) => ({ path, code: "invalid_format", message: "bad" })) });

describe("payloadFieldErrors", () => {
  it("puts payload paths on the open panel's field of the same name", () => {
    const empty = emptyComposerValues("ACTION_CARD");
    const values = { ...empty, ACTION_CARD: { ...empty.ACTION_CARD, buttons: [{ title: "a", actionURL: "x" }] } };
    const split = payloadFieldErrors(badRequest(["payload.buttons.0.actionURL", "payload.title"]), values);
    expect(split.inForm.map((f) => f.path)).toEqual(["ACTION_CARD.buttons.0.actionURL", "ACTION_CARD.title"]);
    expect(split.elsewhere).toEqual([]);
  });

  it("lists paths with no composer input (the read time, a whole list, the message id) elsewhere", () => {
    const split = payloadFieldErrors(badRequest(["payload.readTime", "payload.richText", "message_id"]), emptyComposerValues("RICH_TEXT"));
    expect(split.inForm).toEqual([]);
    expect(split.elsewhere.map((f) => f.path)).toEqual(["payload.readTime", "payload.richText", "message_id"]);
  });

  it("ignores anything that is not a 400", () => {
    const split = payloadFieldErrors(new ApiError(502, { code: "top_unavailable", message: "down" }), emptyComposerValues());
    expect(split).toEqual({ inForm: [], elsewhere: [] });
  });
});
