import { describe, expect, it } from "vitest";
import type { MessageView } from "../../../../../contract/api.ts";
import { type LocalSend, mergeMessages, resendBody } from "./merge-messages.ts";

const stored = (id: string, status: MessageView["status"], extra: Partial<Omit<MessageView, "type">> = {}): MessageView => ({
  message_id: id,
  sid: "s1",
  type: "TEXT",
  payload: { text: `text ${id}` },
  sender_type: "4",
  status,
  created_at: 100,
  updated_at: 100,
  ...extra,
});

const send = (id: string, status: LocalSend["status"], submittedAt: number, extra: Partial<LocalSend> = {}): LocalSend => ({
  variables: { message_id: id, type: "TEXT", payload: { text: `text ${id}` } },
  status,
  submittedAt,
  ...extra,
});

const statuses = (list: ReturnType<typeof mergeMessages>) => list.map((m) => `${m.message_id}:${m.status}`);

describe("mergeMessages", () => {
  it("shows a send in flight at once, after the stored messages", () => {
    expect(statuses(mergeMessages([stored("a", "sent")], [send("b", "pending", 5)]))).toEqual(["a:sent", "b:sending"]);
  });

  it("shows a retry of a stored failed message as sending, in place", () => {
    const list = mergeMessages([stored("a", "failed"), stored("b", "sent")], [send("a", "pending", 5)]);
    expect(statuses(list)).toEqual(["a:sending", "b:sent"]);
  });

  it("lets the latest attempt of a message win", () => {
    const network = { code: "top_unavailable", message: "network_error", network: true } as const;
    const attempts = [send("a", "pending", 9), send("a", "error", 3, { error: network })];
    expect(statuses(mergeMessages([], attempts))).toEqual(["a:sending"]);
  });

  it("keeps a send that never reached the server as failed with its error", () => {
    const network = { code: "top_unavailable", message: "network_error", network: true } as const;
    const [only] = mergeMessages([], [send("a", "error", 3, { error: network })]);
    expect(only).toMatchObject({ status: "failed", error: { network: true } });
  });

  it("prefers the server's stored error, which carries the platform's details", () => {
    const top = { code: "top_unavailable" as const, message: "TOP failed", top: { sub_code: "isp.service-unavailable" } };
    const local = send("a", "error", 3, { error: { code: "internal", message: "x" } });
    const [only] = mergeMessages([stored("a", "failed", { error: top })], [local]);
    expect(only?.error).toEqual(top);
  });

  it("shows a successful send from its own result until the list is refetched, without duplicates", () => {
    const data = stored("b", "sent", { created_at: 7 });
    expect(statuses(mergeMessages([stored("a", "sent")], [send("b", "success", 5, { data })]))).toEqual(["a:sent", "b:sent"]);
    expect(statuses(mergeMessages([stored("a", "sent"), data], [send("b", "success", 5, { data })]))).toEqual(["a:sent", "b:sent"]);
  });

  it("trusts a stored sent message over a stale local failure", () => {
    const local = send("a", "error", 3, { error: { code: "top_timeout", message: "t" } });
    expect(statuses(mergeMessages([stored("a", "sent")], [local]))).toEqual(["a:sent"]);
  });

  it("names the signed-in user as the writer of a send in flight; a stored message keeps its recorded writer", () => {
    const me = { username: "supervisor", display_name: "主管" };
    const agent = { username: "agent", display_name: "客服" };
    const list = mergeMessages([stored("a", "sent", { sent_by: agent })], [send("b", "pending", 5)], me);
    expect(list.map((m) => m.sent_by)).toEqual([agent, me]);
  });

  it("marks a stored pending message with nothing running here as unconfirmed", () => {
    expect(statuses(mergeMessages([stored("a", "pending")], []))).toEqual(["a:unconfirmed"]);
  });

  it("keeps a message the server could not read, with its raw text, and offers no resend of it", () => {
    const unreadable: MessageView = { ...stored("u", "sent"), type: "unreadable", content_type: 7, raw: "garbage" };
    const [only] = mergeMessages([unreadable], []);
    expect(only).toMatchObject({ type: "unreadable", raw: "garbage", status: "sent" });
    expect(only && resendBody(only)).toBeUndefined();
  });

  it("re-sends a failed message with its id and typed payload only", () => {
    const [only] = mergeMessages([stored("a", "failed", { error: { code: "top_timeout", message: "slow" } })], []);
    expect(only && resendBody(only)).toEqual({ message_id: "a", type: "TEXT", payload: { text: "text a" } });
  });
});
