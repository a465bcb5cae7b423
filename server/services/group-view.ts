import type { GroupView } from "../../contract/api.ts";
import type { ParsedGroupLink } from "../../contract/group-link.ts";
import type { TopErrorDetail } from "../../contract/errors.ts";
import type { TopResult } from "../../contract/top-calls.ts";

// group.communication's answer as the console shows it: the known fields, the ticket inputs read out
// of the link, the platform's code/msg/request_id, and any field of `data` this console does not know
// (kept as sent, so a changed answer is visible instead of lost).

const known = new Set(["group_link", "group_qr_code", "account_type", "team_group_id"]);

export function groupViewOf(
  result: TopResult<"groupCommunication">,
  requestId: string | undefined,
  at: number,
  parseLink: (link: string) => ParsedGroupLink | undefined,
): GroupView {
  const data = result.data ?? {};
  const link = data.group_link === undefined ? undefined : parseLink(data.group_link);
  const other = Object.fromEntries(Object.entries(data).filter(([key, value]) => !known.has(key) && value !== undefined));
  const top: TopErrorDetail = {};
  if (result.code !== undefined) top.code = result.code;
  if (result.msg !== undefined) top.msg = result.msg;
  if (requestId !== undefined) top.request_id = requestId;
  return dropUndefined({
    group_link: data.group_link,
    group_qr_code: data.group_qr_code,
    account_type: data.account_type,
    team_group_id: data.team_group_id,
    other_fields: Object.keys(other).length > 0 ? other : undefined,
    top: Object.keys(top).length > 0 ? top : undefined,
    h5_url: link?.h5Url,
    open_conversation_id: link?.openConversationId,
    user_identify: link?.userIdentify,
    tenant_id: link?.tenantId,
    corp_id: link?.corpId,
    created_at: at,
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
