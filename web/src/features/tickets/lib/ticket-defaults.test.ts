import { describe, expect, it } from "vitest";
import { buildGroupLink } from "../../../../../contract/group-link.ts";
import { ticketDefaults } from "./ticket-defaults.ts";

const h5 =
  "https://pre-h5.dingtalk.com/customer-service/index.html?appType=servicerCreate&corpId=ding793&openConversationId=cidxVC%3D%3D&tenantId=200110002&userIdentify=3j7iP#/mobileOperator/ticketCreate";

describe("ticketDefaults", () => {
  it("reads the ticket inputs out of the group link and locks them", () => {
    const { values, locked } = ticketDefaults({ group_link: buildGroupLink(h5), created_at: 1 });
    expect(values).toEqual({ open_conversation_id: "cidxVC==", user_identify: "3j7iP" });
    expect([...locked].sort()).toEqual(["open_conversation_id", "user_identify"]);
  });

  it("reads the link before what an older console stored, which may have misread a + in the id", () => {
    const seedShaped = buildGroupLink("https://h5.test/cs/index.html?openConversationId=cid2qdM+swB/M228u/HE5apCg==&tenantId=3");
    const group = { group_link: seedShaped, open_conversation_id: "cid2qdM swB/M228u/HE5apCg==", tenant_id: 3, created_at: 1 };
    expect(ticketDefaults(group).values).toEqual({ open_conversation_id: "cid2qdM+swB/M228u/HE5apCg==", user_identify: undefined });
  });

  it("uses what the BFF stored where the link carries nothing, and no link at all", () => {
    const stored = { open_conversation_id: "cid-bff", user_identify: "u-bff", tenant_id: 7, created_at: 1 };
    expect(ticketDefaults({ ...stored, group_link: "dingtalk://x" }).values).toEqual({ open_conversation_id: "cid-bff", user_identify: "u-bff" });
    const { values, locked } = ticketDefaults(stored);
    expect(values).toEqual({ open_conversation_id: "cid-bff", user_identify: "u-bff" });
    expect([...locked].sort()).toEqual(["open_conversation_id", "user_identify"]);
  });

  it("leaves fields the link lacks editable", () => {
    const { values, locked } = ticketDefaults({ group_link: "dingtalk://x", created_at: 1 });
    expect(values).toEqual({ open_conversation_id: undefined, user_identify: undefined });
    expect(locked.size).toBe(0);
  });
});
