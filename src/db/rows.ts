/**
 * Raw rows in one shape on both databases, the one place that normalises them: SQLite's BigInt
 * integers (and PostgreSQL's int8) become numbers. Dates and booleans differ too (SQLite gives
 * text and 0/1): read those columns with `asDate` and `asBool`.
 */
export function normalizeRow<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? Number(v) : v;
  return out as T;
}

/** A raw date column: a Date on PostgreSQL, text (or epoch milliseconds) on SQLite. */
export const asDate = (v: unknown): Date =>
  v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number));

/** A raw boolean column: true/false on PostgreSQL, 1/0 on SQLite. */
export const asBool = (v: unknown): boolean => v === true || Number(v) === 1;
