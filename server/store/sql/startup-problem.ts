// The one line start-up prints when the database cannot be opened: where (never the password) and
// what went wrong, in words an operator acts on rather than a driver's stack.

export class DatabaseStartupError extends Error {
  override name = "DatabaseStartupError";
}

const byCode: Record<string, string> = {
  ECONNREFUSED: "connection refused (is PostgreSQL running and listening on that host and port?)",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name could not be resolved",
  ETIMEDOUT: "connection timed out",
  "28P01": "password authentication failed",
  "28000": "the server refused this user (check pg_hba.conf and the user name)",
  "3D000": "the database does not exist (create it first)",
  "42501": "permission denied (the user may not create tables in this database)",
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  // A host with several addresses fails with an AggregateError of one refusal per address.
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? codeOf(inner[0]) : undefined;
}

export function startupProblem(where: string, error: unknown, url?: string): DatabaseStartupError {
  const code = codeOf(error);
  let reason = (code && byCode[code]) ?? (error instanceof Error && error.message ? error.message : String(error));
  const user = url ? decodeURIComponent(new URL(url).username) : "";
  if ((code === "28P01" || code === "28000") && user) reason = `${reason} (user ${user})`;
  const password = url ? decodeURIComponent(new URL(url).password) : "";
  // A driver message could quote the connection string back; the password never reaches a log.
  if (password) reason = reason.split(password).join("***");
  if (url) reason = reason.split(url).join("***");
  return new DatabaseStartupError(`cannot open the ${where}: ${reason.split("\n")[0] ?? reason}`);
}
