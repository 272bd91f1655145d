import { createRequire } from "node:module";

/** The parts of a better-sqlite3 statement the raw read path uses. */
export interface RawStatement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  /** Rows as their first column's value (until turned off). */
  pluck(on?: boolean): this;
  /** Rows as arrays (until turned off). */
  raw(on?: boolean): this;
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
  opts: { readonly: boolean; fileMustExist: boolean; timeout: number },
) => RawSqlite;

// better-sqlite3 as the Prisma driver adapter ships it: not a dependency of the app itself.
const require = createRequire(import.meta.url);
const Database = createRequire(require.resolve("@prisma/adapter-better-sqlite3"))(
  "better-sqlite3",
) as RawSqliteCtor;

/**
 * A read-only connection to the SQLite file `file`, for reads made with raw prepared statements
 * (search). In WAL mode it sees every write committed before each of its transactions begins.
 */
export function openRawReader(file: string): RawSqlite {
  return new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
}
