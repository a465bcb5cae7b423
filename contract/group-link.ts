// A group.communication `group_link` is a DingTalk jump link whose `url` parameter is the https H5
// URL. That inner URL carries the three inputs of ticket.customer.save, so the ticket form is
// pre-filled from it. The inner URL keeps parameters both before and after its `#` fragment.
//
// Read by hand, not with URLSearchParams: form decoding turns `+` into a space, and the seed's own
// example encodes the inner URL once, so its values arrive raw (`openConversationId=cid2qdM+swB/…==`
// must stay exactly that). Values are percent-decoded with decodeURIComponent, which leaves `+` alone,
// so a link encoded twice (`cid%2B1%3D%3D` inside) reads the same. Raw Chinese passes through.

export interface ParsedGroupLink {
  /** The inner https URL, usable where a dingtalk:// link is not (a browser, some QR scanners). */
  h5Url: string;
  openConversationId?: string;
  userIdentify?: string;
  tenantId?: number;
  corpId?: string;
}

export function parseGroupLink(groupLink: string): ParsedGroupLink | undefined {
  const link = groupLink.trim();
  const h5Url = /^dingtalk:/i.test(link) ? innerUrl(link) : link;
  if (!h5Url || !/^https?:\/\/[^/?#\s]+/i.test(h5Url)) return undefined;
  const hashAt = h5Url.indexOf("#");
  const search = query(h5Url.slice(0, hashAt === -1 ? undefined : hashAt));
  const hash = hashAt === -1 ? "" : h5Url.slice(hashAt + 1);
  const fromHash = hash.includes("?") ? queryParams(hash.slice(hash.indexOf("?") + 1)) : new Map<string, string>();
  const read = (name: string) => search.get(name) ?? fromHash.get(name) ?? undefined;

  const parsed: ParsedGroupLink = { h5Url };
  const openConversationId = read("openConversationId");
  const userIdentify = read("userIdentify");
  const corpId = read("corpId");
  const tenant = read("tenantId");
  if (openConversationId) parsed.openConversationId = openConversationId;
  if (userIdentify) parsed.userIdentify = userIdentify;
  if (tenant !== undefined && /^\d+$/.test(tenant)) parsed.tenantId = Number(tenant);
  if (corpId) parsed.corpId = corpId;
  return parsed;
}

/** The `url` parameter of the dingtalk:// link, decoded once (`+` kept as `+`). */
function innerUrl(link: string): string | undefined {
  const at = link.search(/[?&]url=/);
  if (at === -1) return undefined;
  const rest = link.slice(at + "?url=".length);
  // A url left unencoded carries its own `&`s: everything after `url=` belongs to it.
  if (/^https?:\/\//i.test(rest)) return rest;
  const end = rest.indexOf("&");
  return decode(end === -1 ? rest : rest.slice(0, end));
}

function query(url: string): Map<string, string> {
  const at = url.indexOf("?");
  return at === -1 ? new Map<string, string>() : queryParams(url.slice(at + 1));
}

/** name=value pairs split on `&`; the first of a repeated name wins, as URLSearchParams.get does. */
function queryParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = decode(eq === -1 ? pair : pair.slice(0, eq));
    if (!params.has(name)) params.set(name, decode(eq === -1 ? "" : pair.slice(eq + 1)));
  }
  return params;
}

/** Percent-decoding that keeps the text as it is where it is not valid percent-encoding. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Builds the jump link the way DingTalk does, for the sandbox and for tests. */
export function buildGroupLink(h5Url: string): string {
  return `dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(h5Url)}`;
}
