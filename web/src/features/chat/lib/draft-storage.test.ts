import { describe, expect, it } from "vitest";
import { emptyComposerValues } from "./composer-values.ts";
import { clearDraft, draftStorageKey, loadDraft, saveDraft } from "./draft-storage.ts";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const withText = (text: string) => ({ ...emptyComposerValues(), TEXT: { text } });

describe("draft storage", () => {
  it("round-trips a draft per session id, every panel's and the text box's", () => {
    const storage = memoryStorage();
    const values = {
      ...emptyComposerValues("LINK"),
      TEXT: { text: "稍等" },
      LINK: { title: "订单", text: "", messageUrl: "https://example.com/o/1", picUrl: "" },
    };
    const pending = { messageId: "m1", draftKey: '{"type":"LINK"}' };
    saveDraft(storage, "s1", { values, pending });
    expect(loadDraft(storage, "s1")).toEqual({ values, pending });
    expect(loadDraft(storage, "s2")).toBeUndefined();
  });

  it("removes the entry instead of storing an empty composer, whichever panel is open", () => {
    const storage = memoryStorage();
    saveDraft(storage, "s1", { values: withText("hi") });
    expect(storage.items.has(draftStorageKey("s1"))).toBe(true);
    saveDraft(storage, "s1", { values: emptyComposerValues("IMAGE") });
    expect(storage.items.has(draftStorageKey("s1"))).toBe(false);
  });

  it("keeps an empty composer while a send is pending, so the retry id survives", () => {
    const storage = memoryStorage();
    const pending = { messageId: "m1", draftKey: '{"type":"TEXT","payload":{"text":"hi"}}' };
    saveDraft(storage, "s1", { values: emptyComposerValues(), pending });
    expect(loadDraft(storage, "s1")?.pending).toEqual(pending);
  });

  it("reads a draft written before the panels into the panel of its type", () => {
    const storage = memoryStorage();
    const old = { type: "MARK_DOWN", text: "# 退货", title: "政策", url: "", buttons: [] };
    storage.setItem(draftStorageKey("s1"), JSON.stringify({ v: 1, values: old, pending: { messageId: "m1", draftKey: "k" } }));
    expect(loadDraft(storage, "s1")).toEqual({
      values: { ...emptyComposerValues("MARK_DOWN"), MARK_DOWN: { title: "政策", text: "# 退货" } },
      pending: { messageId: "m1", draftKey: "k" },
    });
  });

  it("repairs malformed fields and ignores garbage", () => {
    const storage = memoryStorage();
    const broken = { type: "NOPE", TEXT: { text: 5 }, ACTION_CARD: { buttons: "x", title: "t" }, LINK: "x" };
    storage.setItem(draftStorageKey("s1"), JSON.stringify({ v: 2, values: broken }));
    const empty = emptyComposerValues();
    expect(loadDraft(storage, "s1")).toEqual({ values: { ...empty, ACTION_CARD: { ...empty.ACTION_CARD, title: "t" } }, pending: undefined });
    storage.setItem(draftStorageKey("s2"), "{not json");
    expect(loadDraft(storage, "s2")).toBeUndefined();
    storage.setItem(draftStorageKey("s3"), JSON.stringify({ v: 3, values: {} }));
    expect(loadDraft(storage, "s3")).toBeUndefined();
  });

  it("survives a storage that throws", () => {
    const throwing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadDraft(throwing, "s1")).toBeUndefined();
    expect(() => saveDraft(throwing, "s1", { values: withText("x") })).not.toThrow();
    expect(() => clearDraft(throwing, "s1")).not.toThrow();
  });
});
