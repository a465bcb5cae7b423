import { describe, expect, it } from "vitest";
import { compactParams, sign, signingString } from "./sign.ts";

// Every vector of shared/top-protocol.md.
const first = {
  method: "taobao.item.seller.get",
  app_key: "12345678",
  session: "test",
  timestamp: "2016-01-01 12:00:00",
  format: "json",
  v: "2.0",
  sign_method: "md5",
  fields: "num_iid,title,nick,price,num",
  num_iid: "11223344",
};

const lyBase = {
  app_key: "12345678",
  timestamp: "2016-01-01 12:00:00",
  format: "json",
  v: "2.0",
  sign_method: "md5",
};

describe("sign", () => {
  it("matches the first published md5 vector", () => {
    expect(sign(first, "helloworld", "md5")).toBe("66987CB115214E59E6EC978214934FB8");
  });

  it("matches the second published md5 vector", () => {
    const params = {
      method: "taobao.user.seller.get",
      timestamp: "2013-05-06 13:52:03",
      format: "xml",
      app_key: "test",
      v: "2.0",
      fields: "nick",
      sign_method: "md5",
      session: "test",
    };
    expect(sign(params, "test", "md5")).toBe("72CB4D809B375A54502C09360D879C64");
  });

  it("matches the hmac and hmac-sha256 vectors", () => {
    expect(sign({ ...first, sign_method: "hmac" }, "helloworld", "hmac")).toBe("D56D7858309C31B6251083A874D48273");
    expect(sign({ ...first, sign_method: "hmac-sha256" }, "helloworld", "hmac-sha256")).toBe(
      "04DB15AD0774D5CFCE2C837DE43E3FCEA9011ED74F3038FB6AB5F3C4CEA119E8",
    );
  });

  it("matches the session.close vectors with a JSON DTO", () => {
    const params = {
      ...lyBase,
      method: "alibaba.lyservice.lippi.session.close",
      ly_close_session_dto:
        '{"reason":"memberIsSilent","session_source":"XSpace","operator_id":"testOperatorId","sid":"testSessionId","bu_id":"100"}',
    };
    expect(sign(params, "helloworld", "md5")).toBe("F870725CA9C62AD380153CAF5DF0613E");
    expect(sign({ ...params, sign_method: "hmac-sha256" }, "helloworld", "hmac-sha256")).toBe(
      "91927C32B0B2386086E9FD20A7DB90F81440EFB46427839A4294A153436BAD67",
    );
  });

  it("signs UTF-8 bytes of Chinese content (message.send vector)", () => {
    const params = {
      ...lyBase,
      method: "alibaba.lyservice.lippi.message.send",
      ly_open_message_dto:
        '{"content":"你好","content_type":1,"message_id":"768572312","sid":"testSessionId","session_source":"XSpace","bu_id":"100"}',
    };
    expect(sign(params, "helloworld", "md5")).toBe("BEE0BFFA7A508C2395A47D746880C6E9");
  });

  it("ignores an existing sign parameter", () => {
    expect(sign({ ...first, sign: "WHATEVER" }, "helloworld", "md5")).toBe("66987CB115214E59E6EC978214934FB8");
  });
});

describe("compactParams", () => {
  it("drops null, undefined and empty values so they are neither signed nor sent", () => {
    const params = compactParams({ a: "1", b: "", c: undefined, d: null, e: 0 });
    expect(params).toEqual({ a: "1", e: "0" });
    expect(signingString(params)).toBe("a1e0");
  });
});
