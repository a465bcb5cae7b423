import type { Database, Statement } from "better-sqlite3";

// A Database that remembers every statement run through it, with its parameters, so the scale suite
// can EXPLAIN exactly what a repo method ran, whatever SQL the repo builds, and time that statement.

export interface Executed {
  sql: string;
  params: unknown[];
}

const RUNNERS = new Set(["all", "get", "run", "iterate"]);

export function traceDatabase(db: Database): { db: Database; take: () => Executed[] } {
  let executed: Executed[] = [];
  const traceStatement = (statement: Statement): Statement =>
    new Proxy(statement, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== "function") return value;
        if (typeof property === "string" && RUNNERS.has(property)) {
          return (...params: unknown[]) => {
            executed.push({ sql: target.source, params });
            return (value as (...args: unknown[]) => unknown).apply(target, params);
          };
        }
        return (value as (...args: unknown[]) => unknown).bind(target);
      },
    });
  const traced = new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === "prepare") return (sql: string) => traceStatement(target.prepare(sql));
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    db: traced,
    /** The statements run since the last call. */
    take: () => {
      const taken = executed;
      executed = [];
      return taken;
    },
  };
}
