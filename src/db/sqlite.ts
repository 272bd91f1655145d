import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { counting } from "./counting.js";
import type { Db, SearchCompaction, StatementCounter } from "./db.js";
import { applyMigrations, pendingError, pendingMigrations, sqliteMigrations } from "./migrate.js";
import { SqliteSearch } from "./search-sqlite.js";
import { type RawSqlite, openRawReader } from "./sqlite-raw.js";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

// Per connection: enforce foreign keys, let readers run beside the writer, wait instead of failing on a lock.
const CONNECTION_PRAGMAS =
  "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

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

/** Applies the pending SQLite migrations to `file` (creating it and its folder); returns their names. */
export async function migrateSqlite(file: string, opts: { apply: boolean } = { apply: true }) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const migrator = await new PrismaBetterSQLite3({ url: file }).connect();
  try {
    await migrator.executeScript(CONNECTION_PRAGMAS);
    if (!opts.apply) return await pendingMigrations(sqliteMigrations(migrator));
    return await applyMigrations(sqliteMigrations(migrator));
  } finally {
    await migrator.dispose();
  }
}

/**
 * Merges the FTS5 index of search into one segment when it has several. Every write transaction
 * adds a segment and FTS5 merges them only in groups (automerge), so a loaded or busy database
 * holds 10-20 of them, and each search looks every word up in each: on the bench's L graph a
 * three-word search matched in ~75 µs with 13 segments, ~25 µs with one (the merge took 0.5 s).
 */
async function compactSearchIndex(prisma: PrismaClient): Promise<SearchCompaction | null> {
  const [row] = await prisma.$queryRawUnsafe<{ segments: bigint | number }[]>(
    `SELECT count(DISTINCT segid) AS segments FROM "ConceptSearch_idx"`,
  );
  const segments = Number(row?.segments ?? 0);
  if (segments <= 1) return null;
  const started = Date.now();
  await prisma.$executeRawUnsafe(
    `INSERT INTO "ConceptSearch"("ConceptSearch") VALUES ('optimize')`,
  );
  return { segments, ms: Date.now() - started };
}

/**
 * Opens the SQLite database at `file` (creating its folder), applies pending migrations (or,
 * with `migrate: false`, refuses to open when any is pending) and returns a Prisma client on it.
 */
export async function openSqlite(file: string, opts: { migrate: boolean }): Promise<Db> {
  const pending = await migrateSqlite(file, { apply: opts.migrate });
  if (!opts.migrate && pending.length > 0) throw pendingError(pending);
  const base = new PrismaBetterSQLite3({ url: file });
  const statements: StatementCounter = { count: 0 };

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
  // Search reads through raw prepared statements on a third, read-only connection.
  let searchReader: RawSqlite;
  try {
    searchReader = openRawReader(file);
  } catch (err) {
    await prisma.$disconnect();
    throw err;
  }
  return {
    provider: "sqlite",
    prisma,
    search: new SqliteSearch(searchReader),
    statements,
    // One writer and two read-only connections, open for the app's lifetime.
    connections: () => ({ total: 3 }),
    compactSearch: () => compactSearchIndex(prisma),
    async close() {
      searchReader.close();
      await prisma.$disconnect();
    },
  };
}
