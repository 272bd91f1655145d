import type { PrismaClient } from "../generated/prisma/client.js";
import type { SearchSql } from "./search.js";

/** Counts the SQL statements sent to the database, so that tests can bound them. */
export interface StatementCounter {
  count: number;
}

/** Which database a Db talks to. */
export type Provider = "sqlite" | "postgresql";

/**
 * An open database. `prisma` is typed as the SQLite client on both databases: the PostgreSQL
 * client is generated from the same models (prisma/models), so the two are structurally the same.
 */
/** Connections to the database as the metrics show them (a pool's counts where there is one). */
export interface ConnectionStats {
  total: number;
  idle?: number;
  waiting?: number;
}

/** A merge of SQLite's full-text index: how many segments it had and how long the merge took. */
export interface SearchCompaction {
  segments: number;
  ms: number;
}

export interface Db {
  provider: Provider;
  prisma: PrismaClient;
  /** Full-text search in this database's engine (its own read connection on SQLite). */
  search: SearchSql;
  statements: StatementCounter;
  /** For /metrics: the pg Pool's totalCount/idleCount/waitingCount; SQLite: its connections. */
  connections(): ConnectionStats;
  /**
   * Merges the full-text index when it is in pieces (SQLite FTS5: several segments into one;
   * nothing to do on PostgreSQL). Null when there was nothing to merge.
   */
  compactSearch(): Promise<SearchCompaction | null>;
  close(): Promise<void>;
}

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
