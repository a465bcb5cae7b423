import { execFileSync } from "node:child_process";
import { accessSync, constants, readdirSync } from "node:fs";
import path from "node:path";

// Where a test's throwaway PostgreSQL comes from, and as whom it runs. Debian keeps the server programs
// out of PATH (/usr/lib/postgresql/<major>/bin), so PATH is only the first place looked.

const programs = ["initdb", "pg_ctl", "postgres"] as const;
export type PostgresProgram = (typeof programs)[number];

const installHint =
  "PostgreSQL is not installed (initdb, pg_ctl and postgres were not found on PATH, in `pg_config --bindir` " +
  "or in /usr/lib/postgresql/*/bin). Install it with `apt-get install -y postgresql` (Debian's package), " +
  "or put its bin folder on PATH.";

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function pgConfigBindir(): string[] {
  try {
    return [execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()];
  } catch {
    return [];
  }
}

function debianBindirs(): string[] {
  try {
    // Newest major first: "15" before "9.6".
    return readdirSync("/usr/lib/postgresql")
      .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
      .map((major) => path.join("/usr/lib/postgresql", major, "bin"));
  } catch {
    return [];
  }
}

/** Where to look, in order: PATH, `pg_config --bindir`, Debian's versioned folders. */
export function postgresBindirCandidates(): string[] {
  const pathDirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return [...pathDirs, ...pgConfigBindir(), ...debianBindirs()];
}

/** The first folder holding initdb, pg_ctl and postgres together; throws how to install them if none does. */
export function findPostgresBindir(candidates: readonly string[] = postgresBindirCandidates()): string {
  for (const dir of candidates) {
    if (programs.every((program) => isExecutable(path.join(dir, program)))) return dir;
  }
  throw new Error(installHint);
}

/** Who runs the cluster: PostgreSQL refuses root, so root hands it to the `postgres` user. */
export interface ClusterOwner {
  /** Prefix for a command line, e.g. `runuser -u postgres --`; empty when running as ourselves. */
  prefix: string[];
  /** Set when the temporary folder must be handed to another user. */
  ids?: { uid: number; gid: number } | undefined;
}

export function clusterOwner(): ClusterOwner {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const id = (flag: string) => {
    try {
      return Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    } catch {
      throw new Error(
        "PostgreSQL refuses to run as root and there is no `postgres` user to run it as: install Debian's " +
          "`postgresql` package (it creates that user) or run the tests as a non-root user.",
      );
    }
  };
  return { prefix: ["runuser", "-u", "postgres", "--"], ids: { uid: id("-u"), gid: id("-g") } };
}

/** The command and arguments that run `program` of `bindir` as the cluster's owner. */
export function commandAs(owner: ClusterOwner, bindir: string, program: PostgresProgram, args: string[]): [string, string[]] {
  const full = [...owner.prefix, path.join(bindir, program), ...args];
  const [command = "", ...rest] = full;
  return [command, rest];
}
