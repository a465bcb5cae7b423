import { randomBytes } from "node:crypto";
import { buildGroupLink } from "../../contract/group-link.ts";
import type { ServiceCommunicationRequest } from "../../contract/top-dtos.ts";
import type { GroupRecord } from "./sandbox-records.ts";

// A group as group.group.communication creates it, with ids shaped like the seed example so that
// clients parse, encode and display realistic values.

/** The tenant of the seed examples, used when the request names none. */
export const defaultTenantId = 200110004;

const alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export interface NewGroupInput {
  request: ServiceCommunicationRequest | undefined;
  teamGroupId: string;
  origin: string;
  createdAt: string;
}

export function newGroup({ request, teamGroupId, origin, createdAt }: NewGroupInput): GroupRecord {
  const openConversationId = newOpenConversationId();
  const userIdentify = randomText(28);
  const corpId = `ding${randomBytes(16).toString("hex")}`;
  const tenantId = request?.tenant_id ?? defaultTenantId;
  const h5 = h5Url({ corpId, openConversationId, tenantId, userIdentify, teamGroupId });
  const group: GroupRecord = {
    teamGroupId,
    openConversationId,
    userIdentify,
    tenantId,
    corpId,
    groupLink: buildGroupLink(h5),
    groupQrCode: `${origin}/__sandbox/group-qr/${teamGroupId}.json`,
    accountType: 2,
    createdAt,
  };
  if (request?.case_id !== undefined) group.caseId = request.case_id;
  if (request?.staff_id !== undefined) group.staffId = request.staff_id;
  if (request?.outer_type !== undefined) group.outerType = request.outer_type;
  return group;
}

interface H5Fields {
  corpId: string;
  openConversationId: string;
  tenantId: number;
  userIdentify: string;
  teamGroupId: string;
}

function h5Url(f: H5Fields): string {
  const query: [string, string][] = [
    ["appType", "servicerCreate"],
    ["corpId", f.corpId],
    ["ddtab", "true"],
    // Non-ASCII like the seed's group name, so UTF-8 percent-encoding is exercised too.
    ["dingGroupName", `瓴羊沙箱服务群 ${f.teamGroupId}`],
    ["isTicketServicer", "true"],
    ["isgroupCreated", "true"],
    ["openConversationId", f.openConversationId],
    ["outerType", "lydds"],
    ["tenantId", String(f.tenantId)],
    ["userIdentify", f.userIdentify],
  ];
  const search = query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
  return `https://h5.sandbox.lyservice.invalid/customer-service/index.html?${search}#/mobileOperator/ticketCreate?ddtab=true`;
}

/** `cid` + base64 of 16 bytes, like real ids: ends in `==`, and always holds `+` and `/`. */
function newOpenConversationId(): string {
  const bytes = randomBytes(16);
  // Force the 5th and 9th base64 characters to `+` (62) and `/` (63): a client that forgets to
  // percent-encode then fails every time, not one run in two.
  bytes[3] = 0xf8 | ((bytes[3] ?? 0) & 0x03);
  bytes[6] = 0xfc | ((bytes[6] ?? 0) & 0x03);
  return `cid${bytes.toString("base64")}`;
}

function randomText(length: number): string {
  const bytes = randomBytes(length);
  let text = "";
  for (const byte of bytes) text += alphanumeric[byte % alphanumeric.length];
  return text;
}
