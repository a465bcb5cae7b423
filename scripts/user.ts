import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { roleSchema } from "../contract/auth.ts";
import { hashPassword } from "../server/auth/password.ts";
import { createSqliteStore } from "../server/store/sqlite/sqlite-store.ts";

// `npm run user -- <add|disable|enable|reset|list> …`: manages staff accounts in the console's store
// (DATA_DIR, default ./data). Passwords are read from standard input, never from the command line,
// where they would land in shell history and the process list.

const usage = `usage:
  npm run user -- add --username NAME --name "Display Name" --role agent|supervisor --operator-id ID --service-id ID
  npm run user -- reset --username NAME
  npm run user -- disable --username NAME
  npm run user -- enable --username NAME
  npm run user -- list
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
  if (process.stdin.isTTY) process.stderr.write("password (at least 12 characters): ");
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
const store = createSqliteStore(process.env.DATA_DIR ?? "data");
try {
  switch (command) {
    case "add": {
      const parsed = addSchema.safeParse(values);
      if (!parsed.success) fail(`${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n\n${usage}`);
      if (await store.users.get(parsed.data.username)) fail(`user ${parsed.data.username} already exists`);
      const password = await readPassword();
      if (password.length < 12) fail("the password must have at least 12 characters");
      await store.users.add(
        {
          username: parsed.data.username,
          display_name: parsed.data.name,
          role: parsed.data.role,
          operator_id: parsed.data["operator-id"],
          service_id: parsed.data["service-id"],
          password_hash: await hashPassword(password),
          disabled: false,
        },
        Date.now(),
      );
      process.stdout.write(`added ${parsed.data.role} ${parsed.data.username}\n`);
      break;
    }
    case "reset": {
      const username = values.username ?? fail(usage);
      const password = await readPassword();
      if (password.length < 12) fail("the password must have at least 12 characters");
      if (!(await store.users.setPasswordHash(username, await hashPassword(password)))) fail(`no user ${username}`);
      await store.authSessions.deleteForUser(username);
      process.stdout.write(`password of ${username} reset; their sessions are signed out\n`);
      break;
    }
    case "disable":
    case "enable": {
      const username = values.username ?? fail(usage);
      if (!(await store.users.setDisabled(username, command === "disable"))) fail(`no user ${username}`);
      if (command === "disable") await store.authSessions.deleteForUser(username);
      process.stdout.write(`${username} ${command}d\n`);
      break;
    }
    case "list":
      for (const u of await store.users.list()) {
        process.stdout.write(`${u.username}\t${u.role}\t${u.display_name}\toperator=${u.operator_id}\tservice=${u.service_id}${u.disabled ? "\tDISABLED" : ""}\n`);
      }
      break;
    default:
      fail(usage);
  }
} finally {
  store.close();
}
