import { hostname } from "node:os";
import { z } from "zod";
import type { AutoClosePolicy } from "../contract/board.ts";
import { closeReasonSchema, type LyDingOpenParaDTO } from "../contract/top-dtos.ts";
import type { AuthPolicy } from "./auth/auth-service.ts";
import { type SecurityConfig, securityEnvShape } from "./config-security.ts";
import { type DatabaseConfig, databaseConfigOf, databaseUrlProblem } from "./store/sql/database-config.ts";
import { defaultTenantId as sandboxTenantId } from "./sandbox/group-factory.ts";
import { signMethods } from "./top/sign.ts";
import { toVisitorConfig, type VisitorConfig, visitorEnvShape } from "./config-visitor.ts";

// The environment, parsed once at start-up. A bad value fails with the list of everything wrong.
// With none of TOP_GATEWAY_URL / TOP_APP_KEY / TOP_APP_SECRET set, the console runs on the embedded
// sandbox gateway; with all three it talks to the real platform; with some of them it refuses to start.

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
const optionalInt = z
  .string()
  .trim()
  .regex(/^\d+$/, "must be a whole number")
  .transform(Number)
  .optional();

const envSchema = z
  .object({
    HOST: z.string().default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
    /** This instance's name among several on one database, the same across its restarts. Default: host name and port. */
    INSTANCE_NAME: z.string().trim().min(1).max(200).optional(),
    /** Default data/sandbox or data/live: a demo store is never the production one. */
    DATA_DIR: optionalText,
    /** postgres:// or postgresql://: the store is that PostgreSQL database. Absent: SQLite under DATA_DIR. */
    DATABASE_URL: optionalText,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

    TOP_GATEWAY_URL: z.url({ protocol: /^https?$/ }).optional().or(z.literal("").transform(() => undefined)),
    TOP_APP_KEY: optionalText,
    TOP_APP_SECRET: optionalText,
    TOP_SIGN_METHOD: z.enum(signMethods).default("hmac-sha256"),
    TOP_SESSION: optionalText,
    TOP_PARTNER_ID: z.string().default("lyservice-console-0.1"),
    TOP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    TOP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(5).default(3),
    TOP_RETRY_BASE_MS: z.coerce.number().int().min(0).max(10_000).default(200),

    AUTO_CLOSE_ENABLED: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    AUTO_CLOSE_IDLE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(30),
    AUTO_CLOSE_REASON: closeReasonSchema.default("memberIsSilent"),
    AUTO_CLOSE_MAX_PER_RUN: z.coerce.number().int().min(1).max(1_000).default(50),
    AUTO_CLOSE_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(60),

    AUTH_IDLE_MINUTES: z.coerce.number().int().min(1).max(1_440).default(30),
    AUTH_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
    /** Secure cookies need https; on by default with a real gateway (which means a real deployment). */
    COOKIE_SECURE: z.enum(["true", "false"]).optional(),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000).default(30),
    LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1_440).default(15),

    /** Port of the embedded sandbox in sandbox mode; 0 picks a free one. */
    SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(0),

    // Defaults that fill what an agent should not retype (the public part is sent to the console).
    LY_SESSION_SOURCE: optionalText,
    LY_BU_ID: optionalText,
    LY_SERVICE_ID: optionalText,
    LY_OPERATOR_ID: optionalText,
    LY_PRODUCTION_TYPE: z.enum(["1", "1001"]).transform((v) => (v === "1" ? 1 : 1001)).optional(),
    LY_OPEN_INSTANCE_ID: optionalText,
    LY_DING_CORP_ID: optionalText,
    LY_CORP_ID: optionalText,
    LY_TENANT_ID: optionalInt,
    LY_ISV_ORG_ID: optionalInt,
    LY_ORG_ID: optionalInt,
    LY_TOKEN_GRANT_TYPE: z.enum(["0", "1"]).transform((v) => (v === "0" ? 0 : 1)).optional(),
    LY_SUITE_KEY: optionalText,
    /** Business units an agent may pick among (the first is the default); LY_BU_ID alone means one. */
    LY_BU_IDS: z
      .string()
      .trim()
      .regex(/^[^,\s]+(\s*,\s*[^,\s]+)*$/, "a comma-separated list of business unit ids")
      .transform((v) => v.split(",").map((b) => b.trim()))
      .optional(),
    ...securityEnvShape,
    ...visitorEnvShape,
  });

/** Rules across variables, checked on the raw strings so they are reported with every other problem. */
function crossFieldProblems(source: Record<string, string | undefined>): string[] {
  const set = (name: string) => (source[name] ?? "").trim() !== "";
  const given = ["TOP_GATEWAY_URL", "TOP_APP_KEY", "TOP_APP_SECRET"].filter(set).length;
  if (given > 0 && given < 3) {
    return ["TOP_GATEWAY_URL: set all of TOP_GATEWAY_URL, TOP_APP_KEY and TOP_APP_SECRET for the real platform, or none for the sandbox"];
  }
  if (given === 3) {
    const required = [set("LY_BU_ID") || set("LY_BU_IDS") ? [] : ["LY_BU_ID"], ["LY_SERVICE_ID", "LY_OPERATOR_ID"].filter((n) => !set(n))].flat();
    return required.map((n) => `${n}: required with a real gateway`);
  }
  // Demo accounts with published passwords must never be reachable from another machine.
  const host = (source.HOST ?? "127.0.0.1").trim();
  if (given === 0 && !["127.0.0.1", "::1", "localhost"].includes(host)) {
    return [`HOST: sandbox mode listens on loopback only (127.0.0.1, ::1 or localhost), since its demo accounts' passwords are public; configure a real gateway to listen on ${host}`];
  }
  return [];
}

export type Env = z.infer<typeof envSchema>;

export interface LyDefaults {
  session_source: string;
  bu_id: string;
  /** Every business unit agents may choose; bu_id is among them. */
  bu_ids: string[];
  service_id: string;
  operator_id: string;
  production_type?: 1 | 1001 | undefined;
  open_instance_id?: string | undefined;
  ding_corp_id?: string | undefined;
  corp_id?: string | undefined;
  tenant_id?: number | undefined;
  dingOpenPara: LyDingOpenParaDTO;
}

export interface Config {
  mode: "sandbox" | "live";
  host: string;
  port: number;
  /** Stable across restarts, unique among the instances on one database (server/services/interrupted-sends.ts). */
  instanceName: string;
  dataDir: string;
  database: DatabaseConfig;
  logLevel: Env["LOG_LEVEL"];
  top: {
    gatewayUrl?: string | undefined;
    appKey?: string | undefined;
    appSecret?: string | undefined;
    signMethod: Env["TOP_SIGN_METHOD"];
    session?: string | undefined;
    partnerId: string;
    timeoutMs: number;
    maxAttempts: number;
    retryBaseMs: number;
  };
  sandboxPort: number;
  defaults: LyDefaults;
  /** The policy until a supervisor changes it (then the stored one wins). */
  autoClose: AutoClosePolicy;
  autoCloseIntervalMs: number;
  auth: AuthPolicy & { cookieSecure: boolean };
  security: SecurityConfig;
  visitor: VisitorConfig;
}

/** DATA_DIR, or the mode's own folder: a sandbox run never seeds demo accounts into the live store. */
export function dataDirOf(source: Record<string, string | undefined>): string {
  const given = source.DATA_DIR?.trim();
  if (given) return given;
  return (source.TOP_GATEWAY_URL ?? "").trim() !== "" ? "data/live" : "data/sandbox";
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`)),
    ...crossFieldProblems(source),
    ...[databaseUrlProblem(source.DATABASE_URL)].filter((p) => p !== undefined),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const env = parsed.data;
  const live = env.TOP_GATEWAY_URL !== undefined;
  return {
    mode: live ? "live" : "sandbox",
    host: env.HOST,
    port: env.PORT,
    instanceName: env.INSTANCE_NAME ?? `${hostname()}:${env.PORT}`,
    dataDir: dataDirOf(source),
    database: databaseConfigOf(env.DATABASE_URL, dataDirOf(source)),
    logLevel: env.LOG_LEVEL,
    top: {
      gatewayUrl: env.TOP_GATEWAY_URL,
      appKey: env.TOP_APP_KEY,
      appSecret: env.TOP_APP_SECRET,
      signMethod: env.TOP_SIGN_METHOD,
      session: env.TOP_SESSION,
      partnerId: env.TOP_PARTNER_ID,
      timeoutMs: env.TOP_TIMEOUT_MS,
      maxAttempts: env.TOP_MAX_ATTEMPTS,
      retryBaseMs: env.TOP_RETRY_BASE_MS,
    },
    sandboxPort: env.SANDBOX_PORT,
    visitor: toVisitorConfig(env),
    autoClose: {
      enabled: env.AUTO_CLOSE_ENABLED,
      idle_minutes: env.AUTO_CLOSE_IDLE_MINUTES,
      reason: env.AUTO_CLOSE_REASON,
      max_per_run: env.AUTO_CLOSE_MAX_PER_RUN,
    },
    autoCloseIntervalMs: env.AUTO_CLOSE_INTERVAL_SECONDS * 1000,
    auth: {
      idleMs: env.AUTH_IDLE_MINUTES * 60_000,
      absoluteMs: env.AUTH_ABSOLUTE_HOURS * 3_600_000,
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      failureWindowMs: env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
      accountCeiling: env.LOGIN_ACCOUNT_CEILING,
      passwordChecks: env.PASSWORD_CHECKS_CONCURRENCY,
      passwordQueue: env.PASSWORD_CHECKS_QUEUE,
      demoAccounts: !live,
      streamsPerUser: env.STREAMS_PER_USER,
      cookieSecure: env.COOKIE_SECURE === undefined ? live : env.COOKIE_SECURE === "true",
    },
    security: {
      trustProxy: env.TRUST_PROXY ?? false,
      streamCheckMs: env.STREAM_CHECK_SECONDS * 1000,
      bulkCloseMax: env.BULK_CLOSE_MAX,
      imageHosts: env.IMAGE_HOSTS,
    },
    // The sandbox accepts anything; these demo values mirror the API pages' examples.
    defaults: {
      session_source: env.LY_SESSION_SOURCE ?? "XSpace",
      bu_id: env.LY_BU_ID ?? env.LY_BU_IDS?.[0] ?? "100",
      bu_ids: [...new Set([env.LY_BU_ID ?? env.LY_BU_IDS?.[0] ?? "100", ...(env.LY_BU_IDS ?? [])])],
      service_id: env.LY_SERVICE_ID ?? "80003",
      operator_id: env.LY_OPERATOR_ID ?? "demo-agent",
      production_type: env.LY_PRODUCTION_TYPE ?? (live ? undefined : 1),
      open_instance_id: env.LY_OPEN_INSTANCE_ID ?? (live ? undefined : "shop001"),
      ding_corp_id: env.LY_DING_CORP_ID,
      corp_id: env.LY_CORP_ID,
      // The sandbox's own tenant (its group links carry it), so tickets work in a demo.
      tenant_id: env.LY_TENANT_ID ?? (live ? undefined : sandboxTenantId),
      dingOpenPara: {
        isv_org_id: env.LY_ISV_ORG_ID,
        corp_id: env.LY_DING_CORP_ID,
        // 0: the token is the enterprise's own (the usual case); message.send requires this DTO.
        token_grant_type: env.LY_TOKEN_GRANT_TYPE ?? 0,
        suite_key: env.LY_SUITE_KEY,
        org_id: env.LY_ORG_ID,
      },
    },
  };
}
