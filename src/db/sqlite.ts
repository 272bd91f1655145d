import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { counting } from "./counting.js";
import type { Db, SearchCompaction, StatementCounter } from "./db.js";
import { StoreFault, asFault } from "./faults.js";
import { StoreHealth } from "./health.js";
import { applyMigrations, pendingError, pendingMigrations, sqliteMigrations } from "./migrate.js";
import { SqliteSearch } from "./search-sqlite.js";
import { SqliteFileLock } from "./sqlite-lock.js";
import { type RawSqlite, openRawReader } from "./sqlite-raw.js";
import { SqliteWriter } from "./sqlite-writer.js";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * Per connection: enforce foreign keys, let readers run beside the writer (WAL), and how long to
 * wait for another connection's lock (the writer: 0, SqliteWriter retries without blocking).
 */
const connectionPragmas = (busyTimeoutMs: number) =>
  `PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = ${busyTimeoutMs}; PRAGMA synchronous = NORMAL;`;

/** A statement that only reads, so it may run on the read connection. */
const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql) && !/\bRETURNING\b/i.test(sql);

/**
 * The adapter Prisma sees: reads made outside a transaction go to a second, read-only connection;
 * everything else goes through the one writer (see SqliteWriter). better-sqlite3 gives the adapter
 * one connection, and while one request's interactive transaction is open on it, another
 * request's plain SELECT would run inside that transaction and see its uncommitted rows. With
 * WAL, the read connection sees only committed data.
 */
function routed(conn: Adapter, reader: Adapter, writer: SqliteWriter): Adapter {
  const read = async (query: Parameters<Adapter["queryRaw"]>[0]) => {
    try {
      return await reader.queryRaw(query);
    } catch (err) {
      throw asFault(err);
    }
  };
  return {
    provider: conn.provider,
    adapterName: conn.adapterName,
    queryRaw: (q) => (isRead(q.sql) ? read(q) : writer.run(q.sql, () => conn.queryRaw(q))),
    executeRaw: (q) => writer.run(q.sql, () => conn.executeRaw(q)),
    executeScript: (script) => writer.run(script, () => conn.executeScript(script)),
    startTransaction: (level) => writer.startTransaction(level),
    ...(conn.getConnectionInfo ? { getConnectionInfo: () => conn.getConnectionInfo!() } : {}),
    async dispose() {
      await reader.dispose();
      await conn.dispose();
    },
  };
}

/** Creates the folder of the SQLite file `file` when it is missing. */
const ensureFolder = (file: string) => fs.mkdirSync(path.dirname(file), { recursive: true });

/** Applies the pending SQLite migrations to `file` (creating it and its folder); returns their names. */
export async function migrateSqlite(file: string, opts: { apply: boolean } = { apply: true }) {
  ensureFolder(file);
  const migrator = await new PrismaBetterSQLite3({ url: file }).connect();
  try {
    await migrator.executeScript(connectionPragmas(5000));
    if (!opts.apply) return await pendingMigrations(sqliteMigrations(migrator));
    return await applyMigrations(sqliteMigrations(migrator));
  } finally {
    await migrator.dispose();
  }
}

/**
 * `kg migrate`: applies the pending migrations while no other kg process uses the file. When one
 * does (a running server), only reports: a server applies its migrations itself when it starts.
 */
export async function migrateSqliteAlone(file: string): Promise<string[]> {
  ensureFolder(file);
  const lock = SqliteFileLock.tryAcquire(file);
  try {
    if (lock) return await migrateSqlite(file);
    const pending = await migrateSqlite(file, { apply: false });
    if (pending.length > 0) throw pendingError(pending, { inUse: true });
    return [];
  } finally {
    lock?.release();
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

export interface SqliteOptions {
  /** Apply pending migrations; false: refuse a file that has any. */
  migrate: boolean;
  busyTimeoutMs: number;
  writeWaitMs: number;
  /**
   * "exclusive": this process must be the only one on the file (a server; a command that writes
   * the graph). "if-free": takes the file's lock when free, else opens it beside the holder without
   * migrating (commands that only read, or write API keys, which every process reads afresh).
   */
  lock: "exclusive" | "if-free";
}

/**
 * Opens the SQLite database at `file` (creating its folder), applies pending migrations (or,
 * with `migrate: false`, refuses to open when any is pending) and returns a Prisma client on it.
 */
export async function openSqlite(file: string, opts: SqliteOptions): Promise<Db> {
  ensureFolder(file);
  const lock =
    opts.lock === "exclusive" ? SqliteFileLock.acquire(file) : SqliteFileLock.tryAcquire(file);
  try {
    const migrate = opts.migrate && lock !== null;
    const pending = await migrateSqlite(file, { apply: migrate });
    if (!migrate && pending.length > 0) throw pendingError(pending, { inUse: lock === null });
    return await connectSqlite(file, opts, lock);
  } catch (err) {
    lock?.release();
    throw err;
  }
}

async function connectSqlite(
  file: string,
  opts: SqliteOptions,
  lock: SqliteFileLock | null,
): Promise<Db> {
  const base = new PrismaBetterSQLite3({ url: file });
  const statements: StatementCounter = { count: 0 };
  let writer: SqliteWriter | null = null;
  const health = new StoreHealth(async () => {
    if (!writer) throw new StoreFault("UNAVAILABLE", "the database is closed");
    await writer.probe();
  });

  const factory = {
    provider: "sqlite" as const,
    adapterName: base.adapterName,
    async connect(): Promise<Adapter> {
      const conn = await base.connect();
      await conn.executeScript(connectionPragmas(0));
      const reader = await base.connect();
      await reader.executeScript(
        `${connectionPragmas(opts.busyTimeoutMs)} PRAGMA query_only = ON;`,
      );
      writer = new SqliteWriter(conn, health, {
        file,
        busyTimeoutMs: opts.busyTimeoutMs,
        writeWaitMs: opts.writeWaitMs,
      });
      return counting(routed(conn, reader, writer), statements);
    },
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  const prisma = new PrismaClient({
    adapter: factory,
    transactionOptions: { maxWait: opts.writeWaitMs },
  });
  await prisma.$connect();
  // Search reads through raw prepared statements on a third, read-only connection.
  let searchReader: RawSqlite;
  try {
    searchReader = openRawReader(file, opts.busyTimeoutMs);
  } catch (err) {
    await prisma.$disconnect();
    throw err;
  }
  return {
    provider: "sqlite",
    prisma,
    // One file, one process: no replicas to read from.
    reader: prisma,
    replicas: null,
    search: new SqliteSearch(searchReader),
    statements,
    health,
    // One writer and two read-only connections, open for the app's lifetime.
    connections: () => ({ total: 3 }),
    compactSearch: () => compactSearchIndex(prisma),
    exclusively: (fn) => fn(),
    async close() {
      searchReader.close();
      await prisma.$disconnect();
      lock?.release();
    },
  };
}
