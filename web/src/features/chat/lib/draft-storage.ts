import { z } from "zod";
import { composerValuesSchema, type ComposerValues, isEmptyComposer } from "./composer-values.ts";

// A composer draft per session (every panel's, see composer-values.ts) in localStorage, so a reload or a failed send loses nothing. `pending`
// remembers the message_id of the last send of this very content: pressing Send again after a failure
// or a reload re-sends under the same id, which the BFF never delivers twice.

export interface PendingSend {
  messageId: string;
  /** The sent message's key (see composerDraftKey): the same key means the same message. */
  draftKey: string;
}

export interface StoredDraft {
  values: ComposerValues;
  pending?: PendingSend | undefined;
}

const pendingSchema = z.object({ messageId: z.string(), draftKey: z.string() }).optional().catch(undefined);
const storedDraftSchema = z.union([
  z.object({ v: z.literal(2), values: composerValuesSchema, pending: pendingSchema }),
  // Before the panels (one flat record for the chosen type): that record becomes its type's panel.
  z
    .object({ v: z.literal(1), values: z.record(z.string(), z.unknown()), pending: pendingSchema })
    .transform(({ values, pending }) => ({ values: composerValuesSchema.parse({ type: values.type, [String(values.type)]: values }), pending })),
]);

type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const draftStorageKey = (sid: string) => `lyservice.chat.draft.${sid}`;

export function loadDraft(storage: DraftStorage, sid: string): StoredDraft | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(draftStorageKey(sid));
  } catch {
    return undefined; // storage disabled (private mode, policy): run without drafts
  }
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = storedDraftSchema.safeParse(json);
  return parsed.success ? { values: parsed.data.values, pending: parsed.data.pending } : undefined;
}

/** Saves the draft, or removes it when there is nothing to keep. */
export function saveDraft(storage: DraftStorage, sid: string, draft: StoredDraft): void {
  try {
    if (isEmptyComposer(draft.values) && !draft.pending) storage.removeItem(draftStorageKey(sid));
    else storage.setItem(draftStorageKey(sid), JSON.stringify({ v: 2, ...draft }));
  } catch {
    // Quota exceeded or storage disabled: the draft still lives in the form; nothing else to do.
  }
}

export function clearDraft(storage: DraftStorage, sid: string): void {
  try {
    storage.removeItem(draftStorageKey(sid));
  } catch {
    // see saveDraft
  }
}
