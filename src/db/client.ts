import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { applyMigrations } from "./migrate.js";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** Counts the SQL statements sent to the database, so that tests can bound them. */
export interface StatementCounter {
  count: number;
}

/** Connections to the database as the metrics show them (a pool's counts where there is one). */
export interface ConnectionStats {
  total: number;
  idle?: number;
  waiting?: number;
}

export interface Db {
  prisma: PrismaClient;
  statements: StatementCounter;
  /** For /metrics: a pg Pool's totalCount/idleCount/waitingCount; SQLite: its connections. */
  connections(): ConnectionStats;
  close(): Promise<void>;
}

// Per connection: enforce foreign keys, let readers run beside the writer, wait instead of failing on a lock.
const CONNECTION_PRAGMAS =
  "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

/**
 * Wraps the better-sqlite3 adapter so that every statement (inside transactions too) is counted.
 * Methods are bound to the real objects: they use private fields a Proxy would hide.
 */
function counting<T extends object>(target: T, statements: StatementCounter): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (...args: unknown[]) => {
          statements.count++;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      if (prop === "startTransaction") {
        return async (...args: unknown[]) =>
          counting(
            (await (value as (...a: unknown[]) => Promise<object>).apply(obj, args)) as object,
            statements,
          );
      }
      return (value as (...a: unknown[]) => unknown).bind(obj);
    },
  });
}

/** A statement that only reads, so it may run on the read connection. */
const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql) && !/\bRETURNING\b/i.test(sql);

/**
 * Sends reads made outside a transaction to a second, read-only connection. better-sqlite3 gives
 * the adapter one connection, and while one request's interactive transaction is open on it,
 * another request's plain SELECT would run inside that transaction and see its uncommitted rows.
 * With WAL, the read connection sees only committed data. Reads inside a transaction still go to
 * the transaction (the adapter hands it out from `startTransaction`).
 */
function routingReads(writer: Adapter, reader: Adapter): Adapter {
  return new Proxy(writer, {
    get(obj, prop) {
      if (prop === "queryRaw") {
        return (query: Parameters<Adapter["queryRaw"]>[0]) =>
          isRead(query.sql) ? reader.queryRaw(query) : obj.queryRaw(query);
      }
      if (prop === "dispose") {
        return async () => {
          await reader.dispose();
          await obj.dispose();
        };
      }
      const value = Reflect.get(obj, prop, obj) as unknown;
      return typeof value === "function" ? (value as () => unknown).bind(obj) : value;
    },
  });
}

/** Opens the SQLite database at `file` (creating its folder), applies pending migrations and returns a Prisma client on it. */
export async function openDb(file: string): Promise<Db> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const base = new PrismaBetterSQLite3({ url: file });
  const statements: StatementCounter = { count: 0 };

  const migrator = await base.connect();
  try {
    await migrator.executeScript(CONNECTION_PRAGMAS);
    await applyMigrations(migrator);
  } finally {
    await migrator.dispose();
  }

  const factory = {
    provider: "sqlite" as const,
    adapterName: base.adapterName,
    async connect(): Promise<Adapter> {
      const writer = await base.connect();
      await writer.executeScript(CONNECTION_PRAGMAS);
      const reader = await base.connect();
      await reader.executeScript(`${CONNECTION_PRAGMAS} PRAGMA query_only = ON;`);
      return counting(routingReads(writer, reader), statements);
    },
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  const prisma = new PrismaClient({ adapter: factory });
  await prisma.$connect();
  // One writer and one read-only connection (see routingReads), open for the app's lifetime.
  return {
    prisma,
    statements,
    connections: () => ({ total: 2 }),
    close: () => prisma.$disconnect(),
  };
}

/** Raw rows with SQLite's BigInt integers turned into numbers: the one place that normalises them. */
export function normalizeRow<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? Number(v) : v;
  return out as T;
}
