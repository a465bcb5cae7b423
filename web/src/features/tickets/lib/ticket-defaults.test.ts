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

  it("prefers what the BFF already parsed", () => {
    const group = { group_link: buildGroupLink(h5), open_conversation_id: "cid-bff", tenant_id: 7, created_at: 1 };
    expect(ticketDefaults(group).values).toEqual({ open_conversation_id: "cid-bff", user_identify: "3j7iP" });
  });

  it("leaves fields the link lacks editable", () => {
    const { values, locked } = ticketDefaults({ group_link: "dingtalk://x", created_at: 1 });
    expect(values).toEqual({ open_conversation_id: undefined, user_identify: undefined });
    expect(locked.size).toBe(0);
  });
});
