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

describe("draft storage", () => {
  it("round-trips a draft per session id", () => {
    const storage = memoryStorage();
    const values = { ...emptyComposerValues("LINK"), title: "订单", messageUrl: "https://example.com/o/1" };
    const pending = { messageId: "m1", draftKey: '{"type":"LINK"}' };
    saveDraft(storage, "s1", { values, pending });
    expect(loadDraft(storage, "s1")).toEqual({ values, pending });
    expect(loadDraft(storage, "s2")).toBeUndefined();
  });

  it("removes the entry instead of storing an empty composer", () => {
    const storage = memoryStorage();
    saveDraft(storage, "s1", { values: { ...emptyComposerValues(), text: "hi" } });
    saveDraft(storage, "s1", { values: emptyComposerValues("IMAGE") });
    expect(storage.items.has(draftStorageKey("s1"))).toBe(false);
  });

  it("keeps an empty composer while a send is pending, so the retry id survives", () => {
    const storage = memoryStorage();
    const pending = { messageId: "m1", draftKey: '{"type":"TEXT","payload":{"text":"hi"}}' };
    saveDraft(storage, "s1", { values: emptyComposerValues(), pending });
    expect(loadDraft(storage, "s1")?.pending).toEqual(pending);
  });

  it("repairs malformed fields and ignores garbage", () => {
    const storage = memoryStorage();
    storage.setItem(draftStorageKey("s1"), JSON.stringify({ v: 1, values: { type: "NOPE", text: 5, buttons: "x", title: "t" } }));
    expect(loadDraft(storage, "s1")).toEqual({ values: { ...emptyComposerValues(), title: "t" }, pending: undefined });
    storage.setItem(draftStorageKey("s2"), "{not json");
    expect(loadDraft(storage, "s2")).toBeUndefined();
    storage.setItem(draftStorageKey("s3"), JSON.stringify({ v: 2, values: {} }));
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
    expect(() => saveDraft(throwing, "s1", { values: { ...emptyComposerValues(), text: "x" } })).not.toThrow();
    expect(() => clearDraft(throwing, "s1")).not.toThrow();
  });
});
