import type { TestResponse } from "./test-console.ts";

// A customer page's side in tests: keeps its own visitor cookie, like one browser, and sends the
// console's CSRF header (the page sends the same one).

export interface VisitorClient {
  request: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<TestResponse>;
  cookie: () => string | undefined;
}

export function visitorClient(url: string, options: { cookie?: string; address?: string } = {}): VisitorClient {
  let cookie = options.cookie;
  return {
    cookie: () => cookie,
    async request(method, path, body, headers = {}) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          "x-requested-with": "lyservice-console",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: "manual",
      });
      const set = res.headers.get("set-cookie");
      if (set?.startsWith("lyv_visitor=")) cookie = set.split(";")[0];
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON (a redirect or a stream): keep the text
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
  };
}

let counter = 0;
export const textMessage = (text: string, id = `m${Date.now().toString(36)}${(counter++).toString(36)}`) => ({ message_id: id, type: "TEXT" as const, payload: { text } });
