import { describe, expect, it } from "vitest";
import { apiErrorCodes } from "../../../contract/errors.ts";
import { auditLocales } from "../features/audit/locales.ts";
import { boardLocales } from "../features/board/locales.ts";
import { namespaces } from "./namespaces.ts";

// Every namespace says the same things in both languages, and nothing is left blank.

function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

describe("translations", () => {
  const all = { ...namespaces, board: boardLocales, audit: auditLocales };
  for (const [ns, locales] of Object.entries(all)) {
    it(`${ns}: zh-CN and en have the same keys, all non-empty strings`, () => {
      const en = leaves(locales.en);
      const zh = leaves(locales["zh-CN"]);
      expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [path, text] of [...en, ...zh]) {
        expect(typeof text === "string" && text.trim() !== "", `${ns}:${path}`).toBe(true);
      }
    });

    it(`${ns}: interpolations match between languages`, () => {
      const vars = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      const zh = leaves(locales["zh-CN"]);
      for (const [path, text] of leaves(locales.en)) expect(vars(zh.get(path)), `${ns}:${path}`).toEqual(vars(text));
    });
  }

  it("has words for every error code of the API", () => {
    for (const code of apiErrorCodes) {
      expect(namespaces.common.en.errors[code]).toBeTruthy();
      expect(namespaces.common["zh-CN"].errors[code]).toBeTruthy();
    }
  });
});
