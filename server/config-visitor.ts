import { z } from "zod";

// Configuration of the customer side (issue 10): the chat page, embedding, heartbeat, routing's
// demo seed and the visitor rate limits. Parsed with the rest of the environment (server/config.ts).

const origins = z
  .string()
  .trim()
  .default("")
  .transform((v) => v.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/, error: "each origin must be an http(s) URL such as https://shop.example.com" })));

const bool = (fallback: "true" | "false") => z.enum(["true", "false"]).default(fallback).transform((v) => v === "true");

export const visitorEnvShape = {
  /** Minutes without a live customer page before heartBeatBreak closes their session; 0 = off. */
  VISITOR_HEARTBEAT_MINUTES: z.coerce.number().min(0).max(1_440).default(3),
  /** Shared with host sites that sign their member ids (HMAC-SHA256); unset = signed embeds are ignored. */
  EMBED_SECRET: z.string().trim().min(16, "at least 16 characters").optional().or(z.literal("").transform(() => undefined)),
  EMBED_MAX_AGE_SECONDS: z.coerce.number().int().min(10).max(86_400).default(600),
  /** Origins allowed to frame /chat (CSP frame-ancestors), separated by commas or spaces. */
  EMBED_ALLOWED_ORIGINS: origins,
  /** Conversations a visitor may start per hour, and per address (several visitors behind one NAT). */
  VISITOR_STARTS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  ADDRESS_STARTS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Messages a visitor may send per minute, and per address. */
  VISITOR_SENDS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  ADDRESS_SENDS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
  /** Sandbox mode: seed demo conversations on a fresh store. */
  DEMO_SEED: bool("true"),
};

export interface VisitorConfig {
  heartbeatMs: number;
  embedSecret?: string | undefined;
  embedMaxAgeMs: number;
  embedAllowedOrigins: string[];
  limits: { visitorStartsPerHour: number; addressStartsPerHour: number; visitorSendsPerMinute: number; addressSendsPerMinute: number };
  demoSeed: boolean;
}

type VisitorEnv = z.infer<z.ZodObject<typeof visitorEnvShape>>;

export function toVisitorConfig(env: VisitorEnv): VisitorConfig {
  return {
    heartbeatMs: env.VISITOR_HEARTBEAT_MINUTES * 60_000,
    embedSecret: env.EMBED_SECRET,
    embedMaxAgeMs: env.EMBED_MAX_AGE_SECONDS * 1000,
    // Origins only: a path in a frame-ancestors source would be ignored by browsers.
    embedAllowedOrigins: env.EMBED_ALLOWED_ORIGINS.map((o) => new URL(o).origin),
    limits: {
      visitorStartsPerHour: env.VISITOR_STARTS_PER_HOUR,
      addressStartsPerHour: env.ADDRESS_STARTS_PER_HOUR,
      visitorSendsPerMinute: env.VISITOR_SENDS_PER_MINUTE,
      addressSendsPerMinute: env.ADDRESS_SENDS_PER_MINUTE,
    },
    demoSeed: env.DEMO_SEED,
  };
}
