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
