import type { Selectable } from "kysely";
import type { MessageView } from "../../../contract/api.ts";
import { apiErrorBodySchema } from "../../../contract/errors.ts";
import { readStoredContent } from "../../messages/stored-content.ts";
import type { MessagesTable } from "./tables-core.ts";

// A messages row as the API shows it. Built field by field and never by a schema parse that can throw:
// the rows are read back in pages, and one row that a hand edit, an older build or a bug left odd must
// come back marked (unreadable content, unreadable error) rather than fail every message around it.

/** The table's columns, and the sender's display name joined at read time (null when the account is gone). */
export type MessageRow = Selectable<MessagesTable> & { sent_by_name: string | null };

const errorSchema = apiErrorBodySchema.shape.error;
type StoredError = NonNullable<MessageView["error"]>;
const unreadableError: StoredError = { code: "internal", message: "The stored error details of this message could not be read." };

function readError(errorJson: string | null): StoredError | undefined {
  if (errorJson === null) return undefined;
  try {
    const parsed = errorSchema.safeParse(JSON.parse(errorJson));
    return parsed.success ? parsed.data : unreadableError;
  } catch {
    return unreadableError;
  }
}

export function toMessageView(row: MessageRow): MessageView {
  return {
    message_id: row.message_id,
    sid: row.sid,
    sender_type: row.sender_type,
    status: row.status,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(row.sender_id === null ? {} : { sender_id: row.sender_id }),
    ...(row.sent_by === null ? {} : { sent_by: { username: row.sent_by, display_name: row.sent_by_name ?? row.sent_by } }),
    ...(row.top_request_id === null ? {} : { top_request_id: row.top_request_id }),
    ...(row.top_message_id === null ? {} : { top_message_id: row.top_message_id }),
    ...(row.error_json === null ? {} : { error: readError(row.error_json) }),
    ...readStoredContent(row),
  };
}
