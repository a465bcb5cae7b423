import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseGroupLink } from "../../contract/group-link.ts";
import { groupCommunicationResultSchema } from "../../contract/top-results.ts";
import { businessCodes } from "../top/business-codes.ts";
import { parseTopTimestamp } from "../top/timestamp.ts";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, methods, resultOf, startTestSandbox } from "./top-test-client.ts";

let sandbox: RunningSandbox;
// The seed's system_time: the sandbox clock is pinned, and requests are stamped with the same clock.
const fixedNow = parseTopTimestamp("2022-09-03 16:12:49") ?? new Date(Number.NaN);
beforeAll(async () => {
  sandbox = await startTestSandbox({ now: () => fixedNow });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.state.reset());

async function createGroup(request?: Record<string, unknown>) {
  const business = request === undefined ? {} : { service_communication_request: request };
  const result = groupCommunicationResultSchema.parse(resultOf(await callTop(sandbox.url, { method: methods.group, business, timestamp: fixedNow }), methods.group));
  if (result.data === undefined) throw new Error("no data");
  return { ...result, data: result.data };
}

const saveTicket = async (request: Record<string, unknown> | undefined) =>
  resultOf(
    await callTop(sandbox.url, {
      method: methods.ticket,
      business: request === undefined ? {} : { group_customer_case_request: request },
      timestamp: fixedNow,
    }),
    methods.ticket,
  );

describe("group.group.communication", () => {
  it("answers a DingTalk jump link whose inner URL carries the ticket's inputs", async () => {
    const { success, code, msg, data } = await createGroup({ tenant_id: 200110002, case_id: "123" });
    expect({ success, code, msg, account_type: data.account_type }).toEqual({ success: true, code: "200", msg: "success", account_type: 2 });
    expect(data.group_link).toMatch(/^dingtalk:\/\/dingtalkclient\/page\/link\?url=https%3A%2F%2F/);
    const parsed = parseGroupLink(data.group_link ?? "");
    const group = sandbox.state.groupByTeamId(data.team_group_id ?? "");
    expect(parsed).toMatchObject({ openConversationId: group?.openConversationId, userIdentify: group?.userIdentify, tenantId: 200110002 });
    // The id holds `==`, `+` and `/`: a client that skips percent-encoding would not get it back intact.
    expect(parsed?.openConversationId).toMatch(/^cid[A-Za-z0-9+/]*[+][A-Za-z0-9+/]*==$/);
    expect(parsed?.openConversationId).toContain("/");
    expect(parsed?.h5Url).toContain("#/mobileOperator/ticketCreate?ddtab=true");
  });

  it("uses the seed's tenant when the request names none, and accepts no request at all", async () => {
    const { data } = await createGroup();
    expect(parseGroupLink(data.group_link ?? "")?.tenantId).toBe(200110004);
  });

  it("serves the group's QR JSON at group_qr_code", async () => {
    const { data } = await createGroup({});
    expect(data.group_qr_code).toBe(`${sandbox.origin}/__sandbox/group-qr/${data.team_group_id}.json`);
    const qr = await fetch(data.group_qr_code ?? "");
    expect(await qr.json()).toEqual({ team_group_id: data.team_group_id, group_link: data.group_link });
  });
});

describe("group.ticket.customer.save", () => {
  it("saves a ticket with the values parsed from the group link", async () => {
    const { data } = await createGroup({ tenant_id: 200110002 });
    const link = parseGroupLink(data.group_link ?? "");
    const request = { user_identify: link?.userIdentify, case_id: "396743391396743391", tenant_id: link?.tenantId, open_conversation_id: link?.openConversationId };
    expect(await saveTicket(request)).toEqual({ success: true, code: "200", system_time: "2022-09-03 16:12:49" });
    expect(sandbox.state.tickets.get("396743391396743391")).toMatchObject({ openConversationId: link?.openConversationId, tenantId: 200110002, saves: 1 });

    expect(await saveTicket(request)).toEqual({ success: true, code: "200", system_time: "2022-09-03 16:12:49" });
    expect(sandbox.state.tickets.size).toBe(1);
    expect(sandbox.state.tickets.get("396743391396743391")?.saves).toBe(2);
  });

  it("checks the group before the repeated case_id: a conflicting second save is refused, not counted", async () => {
    await createGroup({ tenant_id: 200110002 });
    const [group] = sandbox.state.groups.values();
    const request = { user_identify: group?.userIdentify, case_id: "396743391396743391", tenant_id: group?.tenantId, open_conversation_id: group?.openConversationId };
    expect(await saveTicket(request)).toMatchObject({ success: true });
    expect(await saveTicket({ ...request, open_conversation_id: "cidUnknown==" })).toEqual({ success: false, ...businessCodes.groupNotFound });
    expect(sandbox.state.tickets.get("396743391396743391")).toMatchObject({ openConversationId: group?.openConversationId, saves: 1 });
  });

  it("answers groupNotFound for a conversation the sandbox did not create", async () => {
    const request = { user_identify: "u", case_id: "1", tenant_id: 1, open_conversation_id: "cidUnknown==" };
    expect(await saveTicket(request)).toEqual({ success: false, ...businessCodes.groupNotFound });
    expect(sandbox.state.tickets.size).toBe(0);
  });

  it("answers systemError when the request DTO is absent", async () => {
    expect(await saveTicket(undefined)).toEqual({ success: false, ...businessCodes.systemError });
  });
});
