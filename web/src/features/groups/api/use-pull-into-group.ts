import { ApiError } from "../../../lib/api-client.ts";
import { useCreateGroup } from "./create-group.ts";

// One "pull into group" for the session on screen, shared by its button and the `g` shortcut. Only
// this session's attempt counts, so an error from another session never shows here.

export interface PullIntoGroup {
  pull: () => void;
  pending: boolean;
  error: unknown;
  /** The call may have created a group before failing (no answer, or TOP timed out). */
  ambiguous: boolean;
}

export function usePullIntoGroup(sid: string): PullIntoGroup {
  const mutation = useCreateGroup();
  const mine = mutation.variables?.sid === sid;
  const error = mine ? mutation.error : null;
  return {
    pull: () => {
      if (!mutation.isPending) mutation.mutate({ sid });
    },
    pending: mine && mutation.isPending,
    error,
    ambiguous:
      error instanceof ApiError &&
      (error.isNetwork || ["top_timeout", "top_unavailable", "internal"].includes(error.body.code)),
  };
}
