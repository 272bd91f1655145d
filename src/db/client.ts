import type { Config } from "../config.js";
import type { Db } from "./db.js";
import { migratePostgres, openPostgres } from "./postgres.js";
import { migrateSqlite, openSqlite } from "./sqlite.js";

export type { Db, Provider, StatementCounter } from "./db.js";
export { asBool, asDate, normalizeRow } from "./db.js";

/**
 * Opens the configured database: SQLite for a `file:` DATABASE_URL, PostgreSQL for a
 * `postgresql://` one. Applies pending migrations first (MIGRATE_ON_START), or refuses to open
 * a database that has pending ones.
 */
export function openDb(config: Config): Promise<Db> {
  const migrate = config.migrateOnStart;
  return config.databaseFile !== null
    ? openSqlite(config.databaseFile, { migrate })
    : openPostgres(config.databaseUrl, { migrate, poolSize: config.databasePoolSize });
}

/** Applies the pending migrations of the configured database and returns their names (`kg migrate`). */
export function migrateDb(config: Config): Promise<string[]> {
  return config.databaseFile !== null
    ? migrateSqlite(config.databaseFile)
    : migratePostgres(config.databaseUrl);
}
