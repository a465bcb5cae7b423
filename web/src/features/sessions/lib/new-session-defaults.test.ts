import { describe, expect, it } from "vitest";
import type { ConsoleConfig } from "../../../../../contract/api.ts";
import { newSessionDefaults } from "./new-session-defaults.ts";

const config: ConsoleConfig = {
  mode: "sandbox",
  defaults: {
    session_source: "XSpace",
    bu_id: "100",
    bu_ids: ["100", "200"],
    service_id: "svc-1",
    operator_id: "op-1",
    production_type: 1001,
    open_instance_id: "shop001",
    ding_corp_id: "",
    corp_id: "corp-1",
    tenant_id: 200110002,
  },
  media_hosts: [],
  limits: { bulk_close_max: 10_000 },
};

describe("newSessionDefaults", () => {
  it("pre-fills the sid and business unit, never the fields only the server sets (service side's source, edition, tenant)", () => {
    const values = newSessionDefaults(config, "s-1");
    expect(values.source).toEqual({ sid: "s-1", session_source: "XSpace" });
    expect(values.target).toEqual({ bu_id: "100" });
  });

  it("leaves a blank business unit unset", () => {
    const values = newSessionDefaults({ ...config, defaults: { ...config.defaults, bu_id: "" } }, "s-2");
    expect(values.target?.bu_id).toBeUndefined();
  });

  it("still proposes a sid before the configuration arrives", () => {
    expect(newSessionDefaults(undefined, "s-3").source?.sid).toBe("s-3");
  });
});
