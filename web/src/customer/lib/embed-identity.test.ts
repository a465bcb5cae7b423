import { describe, expect, it } from "vitest";
import { readEmbedIdentity } from "./embed-identity.ts";

const sig = "a".repeat(64);

describe("readEmbedIdentity", () => {
  it("reads the member, nickname, time and signature widget.js put in the fragment", () => {
    const hash = `#member=cms-42&nick=${encodeURIComponent("王小明")}&ts=1764650000&sig=${sig}`;
    expect(readEmbedIdentity(hash)).toEqual({ member_id: "cms-42", nickname: "王小明", ts: 1764650000, sig });
  });

  it("leaves the nickname out when the host site gave none", () => {
    expect(readEmbedIdentity(`#member=cms-42&nick=&ts=1764650000&sig=${sig}`)).toEqual({ member_id: "cms-42", ts: 1764650000, sig });
  });

  it("ignores a fragment without a signature or with a malformed one", () => {
    expect(readEmbedIdentity("")).toBeUndefined();
    expect(readEmbedIdentity("#member=cms-42&ts=1764650000")).toBeUndefined();
    expect(readEmbedIdentity("#member=cms-42&ts=1764650000&sig=xyz")).toBeUndefined();
    expect(readEmbedIdentity(`#member=v_visitor&ts=1764650000&sig=${sig}`)).toBeUndefined();
  });
});
