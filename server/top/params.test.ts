import { describe, expect, it } from "vitest";
import { encodeBusinessParams } from "./params.ts";

describe("encodeBusinessParams", () => {
  it("sends each DTO as one JSON field with empty members left out at every depth", () => {
    const encoded = encodeBusinessParams({
      ly_create_session_dto: {
        source: { sid: "s1", channel: "0", channel_nick: "", summary: undefined, session_status: 0 },
        target: { bu_id: "100", corp_id: null },
      },
      ly_ding_open_para_dto: { corp_id: "" },
      absent: undefined,
    });
    expect(encoded).toEqual({
      ly_create_session_dto: '{"source":{"sid":"s1","channel":"0","session_status":0},"target":{"bu_id":"100"}}',
    });
  });

  it("keeps string-typed ids as strings even when they look numeric", () => {
    const encoded = encodeBusinessParams({
      group_customer_case_request: { case_id: "396743391396743391", tenant_id: 200110004 },
    });
    expect(encoded.group_customer_case_request).toBe('{"case_id":"396743391396743391","tenant_id":200110004}');
  });
});
