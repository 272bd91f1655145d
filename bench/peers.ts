import { createRequire } from "node:module";

/**
 * Loads a package of bench/package.json (installed with `npm install` in bench/), or of the app.
 * Peers are typed by the small interfaces below, so the app's type check does not need them.
 */
export const benchRequire = createRequire(import.meta.url);

/** better-sqlite3, the app's dependency at its Prisma adapter's version. */
export function betterSqlite3(): BetterSqlite3Ctor {
  return benchRequire("better-sqlite3") as BetterSqlite3Ctor;
}

export interface Statement {
  run(...args: unknown[]): unknown;
  get(...args: unknown[]): Record<string, unknown> | undefined;
  all(...args: unknown[]): Record<string, unknown>[];
}
export interface SqliteDb {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(p: string): unknown;
  transaction<T extends (...a: never[]) => unknown>(fn: T): T;
  close(): void;
}
export type BetterSqlite3Ctor = new (file: string, opts?: { readonly?: boolean }) => SqliteDb;

export interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  non2xx: number;
}
/** A run: a promise of its result that also tells each response (with its time in ms) as it comes. */
export type AutocannonRun = Promise<AutocannonResult> & {
  on(
    event: "response",
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
};
export type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests: AutocannonRequest[];
}) => AutocannonRun;
