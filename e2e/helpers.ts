import type { APIRequestContext } from "@playwright/test";
import type { Channel } from "../contract/top-dtos.ts";
import { csrf, expect } from "./fixtures.ts";

// Sessions made through the API, so a test starts on the screen it is about. Each gets a sid no other
// test uses (all specs share one BFF) and the sandbox's default source and business unit.

export async function openSession(request: APIRequestContext, nick: string, channel: Channel): Promise<string> {
  const { defaults } = (await (await request.get("/api/config")).json()) as {
    defaults: { session_source: string; bu_id: string };
  };
  const sid = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const res = await request.post("/api/sessions", {
    headers: csrf,
    data: {
      source: { sid, channel, channel_uid: `uid-${sid}`, channel_nick: nick, session_source: defaults.session_source },
      target: { bu_id: defaults.bu_id },
    },
  });
  expect(res.status()).toBe(201);
  return sid;
}

/** A session whose customer is already in a DingTalk group. */
export async function openSessionWithGroup(request: APIRequestContext, nick: string, channel: Channel): Promise<string> {
  const sid = await openSession(request, nick, channel);
  const group = await request.post("/api/groups", { headers: csrf, data: { sid } });
  expect(group.status()).toBe(201);
  return sid;
}
