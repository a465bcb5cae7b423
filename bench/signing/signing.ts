import { z } from "zod";
import { topCalls } from "../../contract/top-calls.ts";
import { parseEnvelope } from "../../server/top/envelope.ts";
import { encodeBusinessParams } from "../../server/top/params.ts";
import { compactParams, sign, signMethods } from "../../server/top/sign.ts";
import { formatTopTimestamp } from "../../server/top/timestamp.ts";
import { table } from "../lib/markdown.ts";
import { opsPerSecond } from "../lib/ops-per-second.ts";
import type { BenchOptions, Suite } from "../lib/suite.ts";
import { parseSendEnvelopePrebuilt } from "./prebuilt-envelope.ts";

// The CPU the TOP client spends per call outside the network: signing the parameters, and reading
// the answer's envelope (JSON.parse plus the zod schemas). Both run once per attempt.

const caseSchema = z.object({ name: z.string(), opsPerSecond: z.number(), microsecondsPerOp: z.number() });
export const signingSchema = z.object({ cases: z.array(caseSchema) });
export type SigningResult = z.infer<typeof signingSchema>;

const { method } = topCalls.sendMessage;

/** message.send's parameters as the TopClient signs them: system parameters plus the two DTOs. */
const sendParams = compactParams({
  method,
  app_key: "12345678",
  timestamp: formatTopTimestamp(new Date("2026-01-01T04:00:00Z")),
  v: "2.0",
  format: "json",
  sign_method: "hmac-sha256",
  partner_id: "lyservice-console-0.1",
  ...encodeBusinessParams({
    ly_ding_open_para_dto: { token_grant_type: 0 },
    ly_open_message_dto: {
      message_id: "m1a2b3c4d5e6f7g8h9",
      sid: "s-20260101-000042",
      content: "您好，您的订单已发货，预计明天送达。Your order has shipped and should arrive tomorrow.",
      content_type: 1,
      session_source: "XSpace",
      bu_id: "100",
      sender_type: "4",
      sender_id: "80003",
      message_create_at: 1_767_240_000_000,
    },
  }),
});

const successBody = JSON.stringify({
  alibaba_lyservice_lippi_message_send_response: {
    result: { success: true, code: "200", data: "11496248" },
    request_id: "15r2kz1vbmmbs",
  },
});
const errorBody = JSON.stringify({
  error_response: { code: 15, msg: "Remote service error", sub_code: "isp.remote-service-timeout", sub_msg: "服务超时", request_id: "15r2kz1vbmmbt" },
});

async function run({ quick, log }: BenchOptions): Promise<SigningResult> {
  const measureMs = quick ? 200 : 1_500;
  const cases = [];
  for (const signMethod of signMethods) {
    log(`signing: sign ${signMethod}`);
    cases.push({ name: `sign ${signMethod}`, ...opsPerSecond(() => sign(sendParams, "sandbox-demo-secret", signMethod), measureMs) });
  }
  log("signing: parseEnvelope");
  cases.push({
    name: "parseEnvelope, success",
    ...opsPerSecond(() => parseEnvelope(method, topCalls.sendMessage.result, successBody).result.code ?? "", measureMs),
  });
  cases.push({
    name: "parseEnvelope, error_response",
    ...opsPerSecond(() => {
      try {
        return parseEnvelope(method, topCalls.sendMessage.result, errorBody).result.code ?? "";
      } catch (error) {
        return (error as Error).message;
      }
    }, measureMs),
  });
  cases.push({
    name: "reference: same checks, schemas built once",
    ...opsPerSecond(() => (parseSendEnvelopePrebuilt(successBody) ? 1 : 0), measureMs),
  });
  return { cases };
}

function render(result: SigningResult): string {
  return [
    "message.send's real parameter set (system parameters and both DTOs, with Chinese text); one thread. " +
      "The reference row is not server code: it is parseEnvelope's checks with the zod schemas built once " +
      "(bench/signing/prebuilt-envelope.ts), to show what the per-call schema construction costs.",
    table(
      ["operation", "ops/s", "µs/op"],
      result.cases.map((c) => [c.name, c.opsPerSecond.toLocaleString("en-US"), c.microsecondsPerOp]),
    ),
  ].join("\n\n");
}

export const signingSuite: Suite<SigningResult> = { name: "signing", title: "Signing and envelope parsing", schema: signingSchema, run, render };
