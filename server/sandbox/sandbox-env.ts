import { z } from "zod";
import { sandboxDemoAppKey, sandboxDemoAppSecret } from "./defaults.ts";
import { faultSpecsSchema } from "./fault-spec.ts";

// The standalone sandbox's environment, parsed once at start-up: a bad value stops it with the list
// of what is wrong instead of starting a gateway that behaves differently from what was asked.

const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const faultsJson = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});

const envSchema = z.object({
  SANDBOX_HOST: z.preprocess(unsetIfEmpty, z.string().default("127.0.0.1")),
  SANDBOX_PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65_535).default(8788)),
  SANDBOX_APP_KEY: z.preprocess(unsetIfEmpty, z.string().default(sandboxDemoAppKey)),
  SANDBOX_APP_SECRET: z.preprocess(unsetIfEmpty, z.string().default(sandboxDemoAppSecret)),
  SANDBOX_FAULTS: z.preprocess(unsetIfEmpty, faultsJson.pipe(faultSpecsSchema).optional()),
  SANDBOX_DATA_DIR: z.preprocess(unsetIfEmpty, z.string().optional()),
});

export interface SandboxEnv {
  host: string;
  port: number;
  appKey: string;
  appSecret: string;
  faults: z.output<typeof faultSpecsSchema>;
  /**
   * Where to remember state across restarts. Unset by default: the standalone gateway is the
   * benchmarks' baseline and the soak suite's platform, which each start from nothing.
   */
  dataDir: string | undefined;
}

export type EnvOutcome = { ok: true; env: SandboxEnv } | { ok: false; problems: string[] };

export function parseSandboxEnv(source: Record<string, string | undefined>): EnvOutcome {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
    return { ok: false, problems };
  }
  const env = parsed.data;
  return {
    ok: true,
    env: {
      host: env.SANDBOX_HOST,
      port: env.SANDBOX_PORT,
      appKey: env.SANDBOX_APP_KEY,
      appSecret: env.SANDBOX_APP_SECRET,
      faults: env.SANDBOX_FAULTS ?? [],
      dataDir: env.SANDBOX_DATA_DIR,
    },
  };
}
