import type { PrismaClient } from "../generated/prisma/client.js";
import type { StoreHealth } from "./health.js";
import type { ReadReplicas } from "./read-replicas.js";
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
  /**
   * Where reads outside write transactions go: `prisma` itself, or on PostgreSQL with
   * DATABASE_READ_URL a client whose reads go to the streaming replicas (see ReadReplicas).
   */
  reader: PrismaClient;
  /** The read replicas, when DATABASE_READ_URL names any. */
  replicas: ReadReplicas | null;
  /** Full-text search in this database's engine (its own read connection on SQLite). */
  search: SearchSql;
  statements: StatementCounter;
  /** Whether writes can be committed (readiness), as the write path last found. */
  health: StoreHealth;
  /** For /metrics: the pg Pool's totalCount/idleCount/waitingCount; SQLite: its connections. */
  connections(): ConnectionStats;
  /**
   * Merges the full-text index when it is in pieces (SQLite FTS5: several segments into one;
   * nothing to do on PostgreSQL). Null when there was nothing to merge.
   */
  compactSearch(): Promise<SearchCompaction | null>;
  /**
   * Runs `fn` while no other process runs an `exclusively` section on this database (seeding at
   * start: replicas starting at once seed one after the other). PostgreSQL: a session advisory
   * lock; SQLite: one process has the file anyway (its lock file), so `fn` runs at once.
   */
  exclusively<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
