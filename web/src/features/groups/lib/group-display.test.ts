import { describe, expect, it } from "vitest";
import { buildGroupLink } from "../../../../../contract/group-link.ts";
import { groupDisplay } from "./group-display.ts";

const h5 = "https://h5.dingtalk.test/cs/index.html?openConversationId=cid1%3D%3D&tenantId=200110002&userIdentify=u1#/x";

describe("groupDisplay", () => {
  it("offers the dingtalk link and the inner web URL as QR payloads", () => {
    const link = buildGroupLink(h5);
    const display = groupDisplay({ group_link: link, created_at: 1 });
    expect(display.openHref).toBe(link);
    expect(display.webUrl).toBe(h5);
    expect(display.qrPayloads).toEqual({ dingtalk: link, h5 });
  });

  it("prefers the web URL the BFF already read", () => {
    const display = groupDisplay({ group_link: buildGroupLink(h5), h5_url: "https://other.test/x", created_at: 1 });
    expect(display.webUrl).toBe("https://other.test/x");
  });

  it("never turns an unexpected scheme into a link", () => {
    const display = groupDisplay({
      group_link: "javascript:alert(1)",
      group_qr_code: "javascript:alert(2)",
      created_at: 1,
    });
    expect(display.openHref).toBeUndefined();
    expect(display.qrCodeFileUrl).toBeUndefined();
    expect(display.webUrl).toBeUndefined();
  });

  it("links the opaque QR code file when it is a web URL", () => {
    const file = "https://oss.test/2023/38c3.json";
    expect(groupDisplay({ group_link: buildGroupLink(h5), group_qr_code: file, created_at: 1 }).qrCodeFileUrl).toBe(file);
  });

  it("offers nothing to open when the platform returned no group link, and still the QR file", () => {
    const display = groupDisplay({ group_qr_code: "https://oss.test/qr.json", account_type: 3, created_at: 1 });
    expect(display).toEqual({ qrPayloads: {}, qrCodeFileUrl: "https://oss.test/qr.json" });
  });
});
