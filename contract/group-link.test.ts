import { describe, expect, it } from "vitest";
import { buildGroupLink, parseGroupLink } from "./group-link.ts";

// The example group_link of the group.communication API page.
const seedLink =
  "dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fpre-h5.dingtalk.com%2Fcustomer-service%2Findex.html%3FappType%3DservicerCreate%26corpId%3Dding79313cbeda1b6172a39a90f97fcb1e09%26ddtab%3Dtrue%26dingGroupName%3D%E8%B4%BA%E6%99%AF%E6%B5%8B%E8%AF%95%E9%85%B7%E5%BA%94%E7%94%A8%26isTicketServicer%3Dtrue%26isgroupCreated%3Dtrue%26openConversationId%3DcidxVCsb6h4If5WSyOrVnHhYQ%3D%3D%26outerType%3Dlydds%26tenantId%3D200110002%26userIdentify%3D3j7iPMNl89PiP3CNyAKXFcdgiEiE%23%2FmobileOperator%2FticketCreate%3Fddtab%3Dtrue";

describe("parseGroupLink", () => {
  it("reads the ticket inputs out of the seed page's example", () => {
    const parsed = parseGroupLink(seedLink);
    expect(parsed).toMatchObject({
      openConversationId: "cidxVCsb6h4If5WSyOrVnHhYQ==",
      userIdentify: "3j7iPMNl89PiP3CNyAKXFcdgiEiE",
      tenantId: 200110002,
      corpId: "ding79313cbeda1b6172a39a90f97fcb1e09",
    });
    expect(parsed?.h5Url.startsWith("https://pre-h5.dingtalk.com/customer-service/index.html?")).toBe(true);
  });

  it("round-trips a link built by buildGroupLink", () => {
    const h5 = "https://h5.example.com/cs/index.html?openConversationId=cid%2B1%3D%3D&userIdentify=u1&tenantId=7";
    expect(parseGroupLink(buildGroupLink(h5))).toEqual({
      h5Url: h5,
      openConversationId: "cid+1==",
      userIdentify: "u1",
      tenantId: 7,
    });
  });

  it("answers undefined for links it cannot read", () => {
    expect(parseGroupLink("not a link")).toBeUndefined();
    expect(parseGroupLink("dingtalk://dingtalkclient/page/link")).toBeUndefined();
    expect(parseGroupLink("dingtalk://dingtalkclient/page/link?url=javascript%3Aalert(1)")).toBeUndefined();
  });
});

describe("parseGroupLink, however the inner URL was encoded", () => {
  // The seed's shape: the inner URL encoded once, so its values are raw once the `url` is decoded.
  const seedShaped = (id: string) =>
    buildGroupLink(
      `https://pre-h5.dingtalk.com/customer-service/index.html?appType=servicerCreate&dingGroupName=贺景测试&openConversationId=${id}&tenantId=200110002&userIdentify=u+1/2=#/mobileOperator/ticketCreate?ddtab=true`,
    );

  it("keeps + / and = of a raw id exactly (encoded once, as the seed does)", () => {
    const parsed = parseGroupLink(seedShaped("cid2qdM+swB/M228u/HE5apCg=="));
    expect(parsed?.openConversationId).toBe("cid2qdM+swB/M228u/HE5apCg==");
    expect(parsed?.userIdentify).toBe("u+1/2=");
    expect(parsed?.tenantId).toBe(200110002);
    expect(parsed?.h5Url).toContain("dingGroupName=贺景测试");
  });

  it("reads the same id from a link whose inner values are encoded again (encoded twice)", () => {
    const h5 = `https://h5.example.com/cs/index.html?openConversationId=${encodeURIComponent("cid2qdM+swB/M228u/HE5apCg==")}&dingGroupName=${encodeURIComponent("客服群")}&tenantId=7`;
    const link = buildGroupLink(h5);
    expect(link).toContain("cid2qdM%252BswB%252FM228u%252FHE5apCg%253D%253D");
    expect(parseGroupLink(link)).toEqual({ h5Url: h5, openConversationId: "cid2qdM+swB/M228u/HE5apCg==", tenantId: 7 });
  });

  it("reads the seed's link when + arrives raw in the outer link too", () => {
    const link = seedLink.replace("cidxVCsb6h4If5WSyOrVnHhYQ%3D%3D", "cid2qdM+swB%2FM228u%2FHE5apCg%3D%3D");
    expect(parseGroupLink(link)?.openConversationId).toBe("cid2qdM+swB/M228u/HE5apCg==");
  });

  it("reads a dingtalk link whose url parameter was not encoded at all", () => {
    const link = "dingtalk://dingtalkclient/page/link?url=https://h5.example.com/i.html?openConversationId=cid+a==&userIdentify=u9&tenantId=3";
    expect(parseGroupLink(link)).toMatchObject({ openConversationId: "cid+a==", userIdentify: "u9", tenantId: 3 });
  });
});
