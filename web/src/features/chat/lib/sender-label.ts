import type { DisplayMessage } from "./merge-messages.ts";

// Who wrote a message, as the chat names it. The customer by nickname and channel; a staff member by
// display name, so a supervisor reading an agent's chat sees which of them answered; the signed-in
// user's own messages as "You" (a chat names the other people, not the reader). Messages stored
// before the console recorded senders name no one in particular: "Agent".

export interface SenderNames {
  /** The customer's name and channel ("王小明 · H5 web page"). */
  customer: string;
  /** The signed-in user's username. */
  viewer: string;
}

export type SenderLabel =
  | { kind: "customer"; text: string }
  | { kind: "you" }
  | { kind: "staff"; text: string; username: string }
  | { kind: "agent" };

export function senderLabel(message: DisplayMessage, names: SenderNames): SenderLabel {
  if (message.sender_type !== "4") return { kind: "customer", text: names.customer };
  const by = message.sent_by;
  if (!by) return { kind: "agent" };
  if (by.username === names.viewer) return { kind: "you" };
  return { kind: "staff", text: by.display_name, username: by.username };
}
