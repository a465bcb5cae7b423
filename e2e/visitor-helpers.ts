import type { APIRequestContext, Browser } from "@playwright/test";
import { visitorPaths } from "../contract/visitor.ts";
import { csrf, expect, signedInContext } from "./fixtures.ts";

// The agent's side of a customer conversation, driven through the console's API, so a customer-page
// test can answer, read and watch without a second screen. The supervisor assigns the conversation
// to the demo agent first, whatever the routing did with it (no console is live in these tests).

export const demoAgentName = "演示客服 Demo Agent";

/** The sid of the customer's open conversation, as their own page's API answers it. */
export async function customerSid(customer: APIRequestContext): Promise<string> {
  const answer = await customer.get(visitorPaths.conversation);
  expect(answer.ok()).toBe(true);
  const { conversation } = (await answer.json()) as { conversation: { sid: string; status: string } | null };
  expect(conversation?.status).toBe("open");
  return conversation!.sid;
}

export async function agentFor(browser: Browser, baseURL: string | undefined, sid: string) {
  const supervisor = await signedInContext(browser, baseURL, "supervisor");
  const assigned = await supervisor.request.post(`/api/sessions/${sid}/assign`, { headers: csrf, data: { agent: "agent" } });
  expect(assigned.status(), await assigned.text()).toBe(200);
  await supervisor.close();
  const agent = await signedInContext(browser, baseURL, "agent");
  return {
    send: async (text: string) => {
      const message_id = `e2e-agent-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      const res = await agent.request.post(`/api/sessions/${sid}/messages`, { headers: csrf, data: { message_id, type: "TEXT", payload: { text } } });
      expect(res.status(), await res.text()).toBeLessThan(300);
    },
    read: async () => {
      const res = await agent.request.post(`/api/sessions/${sid}/read`, { headers: csrf, data: {} });
      expect(res.status(), await res.text()).toBe(200);
    },
    session: async () => (await (await agent.request.get(`/api/sessions/${sid}`)).json()) as { status: string; close_reason?: string },
    close: () => agent.close(),
  };
}

/** Sends from the customer's own cookie until the BFF answers 429: the visitor's send limit is spent. */
export async function spendSendLimit(customer: APIRequestContext): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    const res = await customer.post(visitorPaths.messages, {
      headers: csrf,
      data: { message_id: `e2e-burst-${Date.now()}-${i}`, type: "TEXT", payload: { text: `burst ${i}` } },
    });
    if (res.status() === 429) return;
    expect(res.status(), await res.text()).toBeLessThan(300);
  }
  throw new Error("no 429 after 500 sends: is the visitor send limit configured?");
}
