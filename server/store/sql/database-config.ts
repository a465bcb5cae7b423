// Where the store lives: a SQLite file under DATA_DIR (the default, one instance) or a PostgreSQL
// database named by DATABASE_URL (several instances can share it).

export type DatabaseConfig = { engine: "sqlite"; dataDir: string } | { engine: "postgres"; url: string };

/** DATABASE_URL's form, checked with every other variable at start-up (server/config.ts). */
export function databaseUrlProblem(url: string | undefined): string | undefined {
  if (url === undefined || url.trim() === "") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return "DATABASE_URL: not a URL; use postgres://user:password@host:5432/database, or leave it unset for SQLite under DATA_DIR";
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    return `DATABASE_URL: ${parsed.protocol}// is not supported; use postgres:// or postgresql://, or leave it unset for SQLite under DATA_DIR`;
  }
  return undefined;
}

export function databaseConfigOf(url: string | undefined, dataDir: string): DatabaseConfig {
  const given = url?.trim();
  return given ? { engine: "postgres", url: given } : { engine: "sqlite", dataDir };
}

/** host:port/database of a PostgreSQL URL: what a log line or an error may show (never the password). */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "(default database)";
  return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}/${database}`;
}

/** Hides a PostgreSQL URL's password wherever a text quotes it (a driver's error message may). */
export function passwordRedactor(url: string): (text: string) => string {
  const password = decodeURIComponent(new URL(url).password);
  return (text) => (password ? text.split(password).join("***") : text);
}
