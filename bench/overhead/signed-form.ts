import { topCalls } from "../../contract/top-calls.ts";
import type { LyOpenMessageDTO } from "../../contract/top-dtos.ts";
import { encodeBusinessParams } from "../../server/top/params.ts";
import { compactParams, sign, type SignMethod } from "../../server/top/sign.ts";
import { formatTopTimestamp } from "../../server/top/timestamp.ts";

// Signed TOP form bodies for load sent straight at the gateway. The parameters are the ones the BFF's
// TopClient sends for the same call (same system parameters, same DTO fields, same sign method), so
// the direct run and the run through the BFF ask the gateway for exactly the same work.

export interface Credentials {
  appKey: string;
  appSecret: string;
  signMethod: SignMethod;
}

/** A fresh timestamp and sign per body: the gateway refuses a timestamp 10 minutes old. */
export function signedForm(credentials: Credentials, method: string, business: Record<string, unknown>): string {
  const params = compactParams({
    method,
    app_key: credentials.appKey,
    timestamp: formatTopTimestamp(new Date()),
    v: "2.0",
    format: "json",
    sign_method: credentials.signMethod,
    partner_id: "lyservice-bench",
    ...encodeBusinessParams(business),
  });
  params["sign"] = sign(params, credentials.appSecret, credentials.signMethod);
  return new URLSearchParams(params).toString();
}

export function createSessionForm(credentials: Credentials, sid: string): string {
  return signedForm(credentials, topCalls.createSession.method, {
    ly_create_session_dto: {
      source: { session_source: "XSpace", channel_uid: `customer-${sid}`, channel: "0", sid },
      target: { session_source: "XSpace", service_id: "80003", bu_id: "100" },
    },
  });
}

/** message.send as the BFF sends it for an agent's text message in live mode. */
export function sendMessageForm(credentials: Credentials, sid: string, messageId: string, content: string): string {
  const message: LyOpenMessageDTO = {
    message_id: messageId,
    sid,
    content,
    content_type: 1,
    session_source: "XSpace",
    bu_id: "100",
    sender_type: "4",
    sender_id: "80003",
    message_create_at: Date.now(),
  };
  return signedForm(credentials, topCalls.sendMessage.method, {
    ly_ding_open_para_dto: { token_grant_type: 0 },
    ly_open_message_dto: message,
  });
}
