import { parseGroupLink } from "../../../../../contract/group-link.ts";
import type { GroupView } from "../../../../../contract/api.ts";

// What the group panel can safely link to and encode. Links from TOP are data: only the schemes we
// expect become hrefs (never `javascript:` or similar); anything else is shown as text.

export type QrPayload = "dingtalk" | "h5";

const linkSchemes = new Set(["dingtalk:", "https:", "http:"]);
const webSchemes = new Set(["https:", "http:"]);

function hasScheme(value: string | undefined, schemes: ReadonlySet<string>): value is string {
  if (!value) return false;
  try {
    return schemes.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

export interface GroupDisplay {
  /** The dingtalk:// link as an href, when it is one we trust. */
  openHref?: string;
  /** The inner https URL, from the BFF or read out of the link. */
  webUrl?: string;
  /** The opaque group_qr_code URL (not an image), when it is a web URL. */
  qrCodeFileUrl?: string;
  qrPayloads: Partial<Record<QrPayload, string>>;
}

export function groupDisplay(group: GroupView): GroupDisplay {
  const webUrl = group.h5_url ?? (group.group_link === undefined ? undefined : parseGroupLink(group.group_link)?.h5Url);
  const display: GroupDisplay = { qrPayloads: {} };
  if (hasScheme(group.group_link, linkSchemes)) {
    display.openHref = group.group_link;
  }
  if (group.group_link) display.qrPayloads.dingtalk = group.group_link;
  if (hasScheme(webUrl, webSchemes)) {
    display.webUrl = webUrl;
    display.qrPayloads.h5 = webUrl;
  }
  if (hasScheme(group.group_qr_code, webSchemes)) display.qrCodeFileUrl = group.group_qr_code;
  return display;
}
