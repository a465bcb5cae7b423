// A group.communication `group_link` is a DingTalk jump link whose `url` parameter is a percent-encoded
// https H5 URL. That inner URL carries the three inputs of ticket.customer.save, so the ticket form is
// pre-filled from it. The inner URL keeps parameters both before and after its `#` fragment.

export interface ParsedGroupLink {
  /** The inner https URL, usable where a dingtalk:// link is not (a browser, some QR scanners). */
  h5Url: string;
  openConversationId?: string;
  userIdentify?: string;
  tenantId?: number;
  corpId?: string;
}

export function parseGroupLink(groupLink: string): ParsedGroupLink | undefined {
  let outer: URL;
  try {
    outer = new URL(groupLink);
  } catch {
    return undefined;
  }
  const h5Url = outer.protocol === "dingtalk:" ? outer.searchParams.get("url") : groupLink;
  if (!h5Url) return undefined;
  let inner: URL;
  try {
    inner = new URL(h5Url);
  } catch {
    return undefined;
  }
  if (inner.protocol !== "https:" && inner.protocol !== "http:") return undefined;
  const params = new URLSearchParams(inner.search);
  const hashQuery = inner.hash.includes("?") ? inner.hash.slice(inner.hash.indexOf("?") + 1) : "";
  const read = (name: string) => params.get(name) ?? new URLSearchParams(hashQuery).get(name) ?? undefined;
  const tenant = read("tenantId");
  const tenantId = tenant !== undefined && /^\d+$/.test(tenant) ? Number(tenant) : undefined;
  const parsed: ParsedGroupLink = { h5Url };
  const openConversationId = read("openConversationId");
  const userIdentify = read("userIdentify");
  const corpId = read("corpId");
  if (openConversationId) parsed.openConversationId = openConversationId;
  if (userIdentify) parsed.userIdentify = userIdentify;
  if (tenantId !== undefined) parsed.tenantId = tenantId;
  if (corpId) parsed.corpId = corpId;
  return parsed;
}

/** Builds the jump link the way DingTalk does, for the sandbox and for tests. */
export function buildGroupLink(h5Url: string): string {
  return `dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(h5Url)}`;
}
