import { compile } from "proxy-addr";
import { z } from "zod";

// Environment variables of the sign-in, stream and proxy hardening, parsed with the rest of the
// configuration (server/config.ts) so a bad value is reported with every other problem.

const hostList = z
  .string()
  .trim()
  .regex(/^([a-z0-9.*-]+)(,\s*[a-z0-9.*-]+)*$/i, "a comma-separated list of host names (*.example.com allowed)")
  .transform((v) => v.split(",").map((h) => h.trim().toLowerCase()));

/** Why Express could not compile a list of proxy addresses, or undefined when it can. */
function proxyListProblem(list: string[]): string | undefined {
  try {
    // Express compiles `trust proxy` with this very function at start-up; running it here turns its
    // TypeError (a crash with a stack) into one line among the other configuration problems.
    compile(list);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Express's own forms of `trust proxy`: true/false, a hop count, or addresses/subnets (comma-separated). */
const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): boolean | number | string[] => {
    if (v === "true" || v === "false") return v === "true";
    if (/^\d+$/.test(v)) return Number(v);
    const list = v.split(",").map((a) => a.trim());
    const problem = list.includes("") ? "an empty entry" : proxyListProblem(list);
    if (problem) {
      ctx.addIssue({
        code: "custom",
        message: `true, false, a hop count, or comma-separated addresses/subnets (loopback, linklocal, uniquelocal allowed): ${problem}`,
      });
      return z.NEVER;
    }
    return list;
  });

export const securityEnvShape = {
  TRUST_PROXY: trustProxy.optional(),
  LOGIN_ACCOUNT_CEILING: z.coerce.number().int().min(1).max(100_000).default(50),
  PASSWORD_CHECKS_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  PASSWORD_CHECKS_QUEUE: z.coerce.number().int().min(0).max(10_000).default(20),
  STREAMS_PER_USER: z.coerce.number().int().min(1).max(100).default(5),
  STREAM_CHECK_SECONDS: z.coerce.number().min(0.05).max(300).default(5),
  // The contract's own ceiling for a list of ids is 10,000 (contract/board.ts).
  BULK_CLOSE_MAX: z.coerce.number().int().min(1).max(10_000).default(10_000),
  /** Hosts message images may load from; the rest show as a link. DingTalk's media hosts by default. */
  IMAGE_HOSTS: hostList.default(["*.alicdn.com", "*.dingtalk.com", "*.aliyuncs.com"]),
} as const;

export interface SecurityConfig {
  trustProxy: boolean | number | string[];
  streamCheckMs: number;
  bulkCloseMax: number;
  imageHosts: string[];
}
