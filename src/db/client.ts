import type { Config } from "../config.js";
import { openError } from "../fatal.js";
import type { Db } from "./db.js";
import { migratePostgres, openPostgres } from "./postgres.js";
import { migrateSqliteAlone, openSqlite } from "./sqlite.js";

export type { Db, Provider, StatementCounter } from "./db.js";
export { asBool, asDate, normalizeRow } from "./rows.js";

export interface OpenOptions {
  /**
   * SQLite: "exclusive" (default) makes this process the only one on the file, or fails;
   * "if-free" opens it beside a running server when one holds it (see SqliteOptions).
   */
  sqliteLock?: "exclusive" | "if-free";
  /** Check that a write can be committed before returning (default true; false for read-only uses). */
  verifyWrites?: boolean;
}

/**
 * Opens the configured database: SQLite for a `file:` DATABASE_URL, PostgreSQL for a
 * `postgresql://` one. Applies pending migrations first (MIGRATE_ON_START), or refuses to open
 * a database that has pending ones. A failure to open is a StartupError naming DATABASE_URL.
 */
export async function openDb(config: Config, opts: OpenOptions = {}): Promise<Db> {
  const migrate = config.migrateOnStart;
  try {
    const db =
      config.databaseFile !== null
        ? await openSqlite(config.databaseFile, {
            migrate,
            busyTimeoutMs: config.sqliteBusyTimeoutMs,
            writeWaitMs: config.databaseWriteWaitMs,
            lock: opts.sqliteLock ?? "exclusive",
          })
        : await openPostgres(config.databaseUrl, {
            migrate,
            poolSize: config.databasePoolSize,
            connectTimeoutMs: config.databaseConnectTimeoutMs,
            writeWaitMs: config.databaseWriteWaitMs,
            readUrls: config.databaseReadUrls,
            readMaxLagMs: config.readReplicaMaxLagMs,
          });
    // A store that opens but cannot take a write (a read-only file or server) is refused at once,
    // not found out by the first client.
    if (opts.verifyWrites !== false) await db.health.verify().catch(closing(db));
    return db;
  } catch (err) {
    throw openError(err, config.databaseUrl, config.databaseFile);
  }
}

const closing = (db: Db) => async (err: unknown) => {
  await db.close().catch(() => undefined);
  throw err;
};

/** Applies the pending migrations of the configured database and returns their names (`kg migrate`). */
export async function migrateDb(config: Config): Promise<string[]> {
  try {
    return config.databaseFile !== null
      ? await migrateSqliteAlone(config.databaseFile)
      : await migratePostgres(config.databaseUrl, {
          apply: true,
          connectTimeoutMs: config.databaseConnectTimeoutMs,
        });
  } catch (err) {
    throw openError(err, config.databaseUrl, config.databaseFile);
  }
}
