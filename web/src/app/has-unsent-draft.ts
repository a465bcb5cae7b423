import { isEmptyComposer } from "../features/chat/lib/composer-values.ts";
import { loadDraft } from "../features/chat/lib/draft-storage.ts";

// The chat feature keeps composer drafts; the sessions feature closes sessions. They do not import
// each other, so app/ answers "is anything unsent here?" for the close dialog, through the chat
// feature's own draft API.

export function hasUnsentDraft(sid: string): boolean {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return false; // storage disabled by policy: no drafts are kept, so none is lost
  }
  const draft = loadDraft(storage, sid);
  return draft !== undefined && !isEmptyComposer(draft.values);
}
