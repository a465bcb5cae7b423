import type { MessageView, SendMessageBody } from "../../../../../contract/api.ts";
import type { ApiErrorBody } from "../../../../../contract/errors.ts";
import type { MessageContentView } from "../../../../../contract/message-content.ts";

// What the chat shows: the server's messages overlaid with this tab's sends. A send in flight is shown
// at once from its variables ("sending"); a settled send is shown from its own result until the list
// holds the stored message (put into the loaded pages as it settles, or brought by a refetch when no
// page is loaded), so nothing flickers; a send that never reached the BFF (network loss) exists only
// here, as "failed" with Retry.

export type DisplayStatus = "sending" | "sent" | "failed" | "unconfirmed";
export type SendError = ApiErrorBody["error"] & { network?: boolean };

export interface LocalSend {
  variables: SendMessageBody;
  status: "idle" | "pending" | "success" | "error";
  data?: MessageView | undefined;
  error?: SendError | undefined;
  submittedAt: number;
}

/** A message as one row of the chat: its record, and its typed payload or `unreadable` with the raw text. */
export type DisplayMessage = {
  message_id: string;
  sender_type: string;
  /** The staff account that wrote it; absent for the customer's and for messages stored before it was recorded. */
  sent_by?: MessageView["sent_by"];
  created_at: number;
  status: DisplayStatus;
  error?: SendError | undefined;
} & MessageContentView;

const fromServer = (m: MessageView): DisplayMessage => ({
  ...m,
  // "pending" on the server with no send running here: the BFF never learned the outcome.
  status: m.status === "pending" ? "unconfirmed" : m.status,
});

/** The signed-in user: the writer of this tab's sends, before the server's record says so. */
export type Writer = NonNullable<MessageView["sent_by"]>;

function fromLocal(send: LocalSend, writer: Writer | undefined): DisplayMessage {
  if (send.status === "success" && send.data) return fromServer(send.data);
  return {
    ...send.variables,
    sender_type: "4",
    sent_by: writer,
    created_at: send.submittedAt,
    status: send.status === "error" ? "failed" : "sending",
    error: send.status === "error" ? send.error : undefined,
  };
}

/** What re-sending a message posts: its id and typed payload; nothing for one the server could not read. */
export function resendBody(message: DisplayMessage): SendMessageBody | undefined {
  if (message.type === "unreadable") return undefined;
  // The type guard above leaves a typed message; TypeScript cannot pair `type` with `payload` across a union.
  return { message_id: message.message_id, type: message.type, payload: message.payload } as SendMessageBody;
}

export function mergeMessages(server: readonly MessageView[], local: readonly LocalSend[], writer?: Writer): DisplayMessage[] {
  // Retries of one message are several mutations: the latest attempt is the one that counts.
  const latest = new Map<string, LocalSend>();
  for (const send of local) {
    const seen = latest.get(send.variables.message_id);
    if (!seen || send.submittedAt >= seen.submittedAt) latest.set(send.variables.message_id, send);
  }
  const result: DisplayMessage[] = [];
  const onServer = new Set<string>();
  for (const message of server) {
    onServer.add(message.message_id);
    const send = latest.get(message.message_id);
    if (!send || send.status === "idle" || message.status === "sent") result.push(fromServer(message));
    else if (send.status === "error") result.push({ ...fromServer(message), status: "failed", error: message.error ?? send.error });
    else result.push({ ...fromLocal(send, writer), created_at: message.created_at });
  }
  const extra = [...latest.values()]
    .filter((send) => send.status !== "idle" && !onServer.has(send.variables.message_id))
    .sort((a, b) => a.submittedAt - b.submittedAt);
  for (const send of extra) result.push(fromLocal(send, writer));
  return result;
}
