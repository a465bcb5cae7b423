import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { roleSchema } from "../contract/auth.ts";
import { hashPassword } from "../server/auth/password.ts";
import { MIN_PASSWORD_LENGTH, passwordProblem } from "../server/auth/password-rule.ts";
import { createSecurityAudit } from "../server/auth/security-audit.ts";
import { dataDirOf } from "../server/config.ts";
import { databaseConfigOf, describePostgresUrl } from "../server/store/sql/database-config.ts";
import { openSqlStore } from "../server/store/sql/sql-store.ts";

// `npm run user -- <add|disable|enable|reset|list|remove-demo> …`: manages staff accounts in the
// console's store (DATA_DIR, default data/live with TOP_GATEWAY_URL set, else data/sandbox). Passwords
// are read from standard input, never from the command line, where they would land in shell history
// and the process list. Every change is written to the audit trail (never the password).

const usage = `usage:
  npm run user -- add --username NAME --name "Display Name" --role agent|supervisor --operator-id ID --service-id ID
  npm run user -- reset --username NAME
  npm run user -- disable --username NAME
  npm run user -- enable --username NAME
  npm run user -- list
  npm run user -- remove-demo
The password (add, reset) is read from standard input: typed at the prompt, or piped in.`;

const addSchema = z.object({
  username: z.string().regex(/^[A-Za-z0-9._-]{2,64}$/, "2-64 letters, digits, . _ -"),
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
  "operator-id": z.string().trim().min(1).max(128),
  "service-id": z.string().trim().min(1).max(128),
});

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stderr : undefined, terminal: false });
  if (process.stdin.isTTY) process.stderr.write(`password (at least ${MIN_PASSWORD_LENGTH} characters, not a common one): `);
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    "operator-id": { type: "string" },
    "service-id": { type: "string" },
  },
});
const command = positionals[0];
const dataDir = dataDirOf(process.env);
const database = databaseConfigOf(process.env.DATABASE_URL, dataDir);
process.stderr.write(`store: ${database.engine === "sqlite" ? dataDir : describePostgresUrl(database.url)}\n`);
const store = await openSqlStore(database);
const audit = createSecurityAudit(store);
// Who ran the command, as far as this machine can tell; these changes happen outside any sign-in.
const operator = `cli:${process.env.SUDO_USER ?? process.env.USER ?? "unknown"}`;
const record = (action: "user.add" | "user.reset" | "user.disable" | "user.enable" | "user.remove_demo", detail: string) =>
  audit.record({ action, actor: operator, address: "local", outcome: "ok", detail });
const checkedPassword = async (username: string) => {
  const password = await readPassword();
  const problem = passwordProblem(password, [username]);
  return problem ? fail(problem) : password;
};
try {
  switch (command) {
    case "add": {
      const parsed = addSchema.safeParse(values);
      if (!parsed.success) fail(`${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n\n${usage}`);
      if (await store.users.get(parsed.data.username)) fail(`user ${parsed.data.username} already exists`);
      const password = await checkedPassword(parsed.data.username);
      await store.users.add(
        {
          username: parsed.data.username,
          display_name: parsed.data.name,
          role: parsed.data.role,
          operator_id: parsed.data["operator-id"],
          service_id: parsed.data["service-id"],
          password_hash: await hashPassword(password),
          disabled: false,
          demo: false,
        },
        Date.now(),
      );
      await record("user.add", `${parsed.data.username} (${parsed.data.role})`);
      process.stdout.write(`added ${parsed.data.role} ${parsed.data.username}\n`);
      break;
    }
    case "reset": {
      const username = values.username ?? fail(usage);
      const password = await checkedPassword(username);
      if (!(await store.users.setPasswordHash(username, await hashPassword(password)))) fail(`no user ${username}`);
      await store.authSessions.deleteForUser(username);
      await record("user.reset", username);
      process.stdout.write(`password of ${username} reset; their sessions are signed out\n`);
      break;
    }
    case "disable":
    case "enable": {
      const username = values.username ?? fail(usage);
      if (!(await store.users.setDisabled(username, command === "disable"))) fail(`no user ${username}`);
      if (command === "disable") await store.authSessions.deleteForUser(username);
      await record(command === "disable" ? "user.disable" : "user.enable", username);
      process.stdout.write(`${username} ${command}d\n`);
      break;
    }
    case "list":
      for (const u of await store.users.list()) {
        process.stdout.write(`${u.username}\t${u.role}\t${u.display_name}\toperator=${u.operator_id}\tservice=${u.service_id}${u.disabled ? "\tDISABLED" : ""}${u.demo ? "\tDEMO" : ""}\n`);
      }
      break;
    case "remove-demo": {
      const removed = await store.users.removeDemo();
      if (removed.length > 0) await record("user.remove_demo", removed.join(", "));
      process.stdout.write(removed.length > 0 ? `removed demo accounts: ${removed.join(", ")}\n` : "no demo accounts in this store\n");
      break;
    }
    default:
      fail(usage);
  }
} finally {
  await store.close();
}
