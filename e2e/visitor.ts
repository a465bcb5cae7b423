import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { visitorPaths } from "../contract/visitor.ts";
import { csrf, expect } from "./fixtures.ts";

// A customer on the chat page, driven through its API (its own cookie jar): a test about the agent's
// inbox starts from real customer traffic, the way it reaches the BFF from /chat.

export interface Visitor {
  request: APIRequestContext;
  /** Sends a text message; the first one opens the conversation. Answers the session's sid. */
  say: (text: string) => Promise<string>;
  dispose: () => Promise<void>;
}

export async function newVisitor(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, nickname: string): Promise<Visitor> {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: csrf });
  expect((await request.get(visitorPaths.conversation)).ok()).toBe(true);
  expect((await request.post(visitorPaths.nickname, { data: { nickname } })).ok()).toBe(true);
  return {
    request,
    say: async (text) => {
      const message_id = `v-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      const res = await request.post(visitorPaths.messages, { data: { message_id, type: "TEXT", payload: { text } } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      const body = (await res.json()) as { conversation: { sid: string } };
      return body.conversation.sid;
    },
    dispose: () => request.dispose(),
  };
}

/**
 * The customer's first message, until the chat lands where the test needs it (`agent`, or undefined
 * for the Unassigned queue). A console of the test before may still be closing on the server and be
 * routed the chat; then the customer ends it and writes again. Answers the sid.
 */
export async function startChat(visitor: Visitor, supervisor: APIRequestContext, text: string, agent: string | undefined): Promise<string> {
  let sid = "";
  await expect(async () => {
    sid = await visitor.say(text);
    const session = (await (await supervisor.get(`/api/sessions/${encodeURIComponent(sid)}`)).json()) as { agent?: string };
    if (session.agent === agent) return;
    await visitor.request.post(visitorPaths.end(sid), { data: {} });
    throw new Error(`routed to ${session.agent ?? "the queue"}, not ${agent ?? "the queue"}`);
  }).toPass();
  return sid;
}
