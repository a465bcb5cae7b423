import type { BenchUser } from "./bench-user.ts";

// An HTTP client of the BFF, as the web app is: the session cookie from /api/auth/login (or the
// customer page's visitor cookie), and the same-origin header every state-changing request needs.
// Answers are returned raw (status and JSON): callers parse what they rely on with the contract's schemas.
// With `fallbackUrls` it behaves as a proxy in front of several instances does (nginx's `upstream`): a
// connection the first instance refuses (it is down, nothing was sent) goes to the next one; an answer
// cut off mid-request is not resent, since the request may have been processed.

export interface Answer {
  status: number;
  body: unknown;
}

/** The header the BFF's CSRF check requires on POST/PUT/PATCH/DELETE. */
export const sameOriginHeader = { "x-requested-with": "lyservice-console" } as const;

export class ConsoleClient {
  #cookie = "";

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 10_000,
    private readonly fallbackUrls: readonly string[] = [],
  ) {}

  /** Cookie and CSRF headers, for load generators that send their own requests. */
  get headers(): Record<string, string> {
    return { ...sameOriginHeader, cookie: this.#cookie };
  }

  async signIn(user: BenchUser): Promise<void> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { ...sameOriginHeader, "content-type": "application/json" },
      body: JSON.stringify({ username: user.username, password: user.password }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await this.#keepCookie(res, `sign-in as ${user.username} failed`);
  }

  /**
   * Arrives as a new browser on the customer page does: the first answer of `path` (the visitor's
   * conversation) gives the signed visitor cookie, which this client keeps from then on.
   */
  async visit(path: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: sameOriginHeader, signal: AbortSignal.timeout(this.timeoutMs) });
    await this.#keepCookie(res, `no visitor cookie from ${path}`);
  }

  /** The cookies a 200 set, kept for every later request; anything else throws `failure`. */
  async #keepCookie(res: Response, failure: string): Promise<void> {
    const setCookie = res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
    await res.body?.cancel();
    if (res.status !== 200 || setCookie.length === 0) throw new Error(`${failure}: HTTP ${res.status}`);
    this.#cookie = setCookie.join("; ");
  }

  /** Throws only when no answer came (connection refused or reset, timeout). */
  async request(method: "GET" | "POST", path: string, body?: unknown): Promise<Answer> {
    let refusedEverywhere: unknown;
    for (const baseUrl of [this.baseUrl, ...this.fallbackUrls]) {
      try {
        return await this.#requestFrom(baseUrl, method, path, body);
      } catch (error) {
        if (!refused(error)) throw error;
        refusedEverywhere = error;
      }
    }
    throw refusedEverywhere;
  }

  async #requestFrom(baseUrl: string, method: "GET" | "POST", path: string, body?: unknown): Promise<Answer> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...this.headers, ...(body !== undefined && { "content-type": "application/json" }) },
      body: body === undefined ? null : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, body: json };
  }
}

/** The connection was refused: the instance is not listening, and the request never left. */
function refused(error: unknown): boolean {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === "ECONNREFUSED";
}
