import { describe, expect, it } from "vitest";
import { cspSources, hostAllowed } from "./media-hosts.ts";

describe("hostAllowed", () => {
  const hosts = ["*.alicdn.com", "static.dingtalk.com"];
  it("matches subdomains of a wildcard and exact names, over https only", () => {
    expect(hostAllowed("https://img.alicdn.com/a.png", hosts)).toBe(true);
    expect(hostAllowed("https://gw.img.alicdn.com/a.png", hosts)).toBe(true);
    expect(hostAllowed("https://static.dingtalk.com/x.jpg", hosts)).toBe(true);
    expect(hostAllowed("https://alicdn.com/a.png", hosts)).toBe(false);
    expect(hostAllowed("https://evilalicdn.com/a.png", hosts)).toBe(false);
    expect(hostAllowed("https://img.alicdn.com.evil.example/a.png", hosts)).toBe(false);
    expect(hostAllowed("http://img.alicdn.com/a.png", hosts)).toBe(false);
    expect(hostAllowed("https://tracker.example/pixel.gif", hosts)).toBe(false);
    expect(hostAllowed("not a url", hosts)).toBe(false);
  });

  it("gives CSP sources", () => {
    expect(cspSources(hosts)).toEqual(["https://*.alicdn.com", "https://static.dingtalk.com"]);
  });
});
