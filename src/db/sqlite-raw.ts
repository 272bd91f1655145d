import { createRequire } from "node:module";

/** The parts of a better-sqlite3 statement the raw read path uses. */
export interface RawStatement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  /** Rows as their first column's value (until turned off). */
  pluck(on?: boolean): this;
  /** Rows as arrays (until turned off). */
  raw(on?: boolean): this;
  run(...params: unknown[]): unknown;
}

/** The parts of a better-sqlite3 connection the raw read path uses. */
export interface RawSqlite {
  prepare(sql: string): RawStatement;
  /** `fn` wrapped in BEGIN ... COMMIT (ROLLBACK when it throws). */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
}

type RawSqliteCtor = new (
  file: string,
  opts: { readonly?: boolean; fileMustExist?: boolean; timeout: number },
) => RawSqlite;

// The driver the Prisma adapter uses, a dependency of the app at the adapter's version (its own
// typings above: @types/better-sqlite3 is not installed).
const Database = createRequire(import.meta.url)("better-sqlite3") as RawSqliteCtor;

/**
 * A read-only connection to the SQLite file `file`, for reads made with raw prepared statements
 * (search). In WAL mode it sees every write committed before each of its transactions begins.
 */
export function openRawReader(file: string, busyTimeoutMs = 5000): RawSqlite {
  return new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
}

/** A read-write connection to `file` (created when missing) that never waits for a lock. */
export function openRawConnection(file: string): RawSqlite {
  return new Database(file, { timeout: 0 });
}
