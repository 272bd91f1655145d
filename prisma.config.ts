import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Prisma 6.19 with the JavaScript schema engine: works offline, no engine download.
// The CLI (`prisma migrate diff|status`, `prisma studio`) talks to DATABASE_URL or the default
// file; the app applies migrations itself on start (src/db/migrate.ts) or with `kg migrate`.
// One set of models (prisma/models) and one folder per database (prisma/sqlite,
// prisma/postgresql) with its datasource, generator and migrations: DATABASE_URL picks the folder.
const url = process.env.DATABASE_URL || "file:./data/kg.db";
const postgres = /^postgres(ql)?:\/\//.test(url);

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * The schema engine replays each migration.sql on the shadow database as ONE statement, which
 * better-sqlite3's prepare() refuses ("contains more than one statement"); run scripts whole.
 */
function multiStatement(adapter: SqliteAdapter): SqliteAdapter {
  return new Proxy(adapter, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (prop === "executeRaw") {
        return async (query: Parameters<SqliteAdapter["executeRaw"]>[0]) => {
          if (query.args.length === 0 && /;\s*\S/.test(query.sql.trim().replace(/;\s*$/, ""))) {
            await obj.executeScript(query.sql);
            return 0;
          }
          return obj.executeRaw(query);
        };
      }
      return typeof value === "function" ? (value as () => unknown).bind(obj) : value;
    },
  });
}

// The search tables are made by hand-written migrations (*_concept_search), not by models:
// declared external so Migrate leaves them alone. SQLite: FTS5 and its shadow tables.
const SEARCH_TABLES = postgres
  ? ["public.ConceptSearch"]
  : ["", "_data", "_idx", "_content", "_docsize", "_config"].map((s) => `ConceptSearch${s}`);

function sqliteAdapter() {
  const base = new PrismaBetterSQLite3({ url });
  return {
    provider: "sqlite" as const,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    connectToShadowDb: async () => multiStatement(await base.connectToShadowDb()),
  };
}

// ---------------------------------------------------------------------------------------------
// Shim for PostgreSQL migrations with the JS schema engine, upstream issue
// https://github.com/prisma/prisma/issues/27403 (prisma/orm#27403). Delete once fixed upstream.
// 1. The engine reads catalog columns of PostgreSQL system types (name, char, regproc...), which
//    @prisma/adapter-pg refuses: "Column type 'name' could not be deserialized". The pg client
//    below reports them as text (and their arrays as text arrays).
// 2. The adapter drops the shadow database while the engine still holds a connection to it:
//    drop it WITH (FORCE).
// 3. The adapter's executeScript splits scripts on ";", which cuts PL/pgSQL function bodies
//    (the search triggers): send scripts whole, as psql would.
// ---------------------------------------------------------------------------------------------
const SYSTEM_TEXT_OIDS = new Set([18, 19, 24, 194, 2202, 2205, 2206, 3734, 3769, 4089, 4096]);
const SYSTEM_TEXT_ARRAY_OIDS = new Set([1002, 1003, 1008, 2207, 2208, 2210, 2211, 4090, 4097]);
const TEXT = 25;
const TEXT_ARRAY = 1009;

type Result = { fields?: { dataTypeID: number }[] };
function asText(result: Result | Result[]) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of r?.fields ?? []) {
      if (SYSTEM_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT;
      else if (SYSTEM_TEXT_ARRAY_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_ARRAY;
    }
  }
  return result;
}

class SystemTypesAsText extends pg.Client {
  // pg.Pool calls query() with a callback, the adapter without: support both.
  override query(...args: unknown[]): never {
    const callback =
      typeof args[args.length - 1] === "function"
        ? (args.pop() as (err: unknown, res?: unknown) => void)
        : undefined;
    const parse = pg.types.getTypeParser(
      TEXT_ARRAY as Parameters<typeof pg.types.getTypeParser>[0],
    ) as (s: string) => unknown;
    const config = args[0];
    if (config && typeof config === "object" && !("submit" in config)) {
      // Arrays of system types arrive as "{a,b}": parse them as text arrays.
      const c = config as { types?: { getTypeParser(oid: number, f?: string): unknown } };
      const inner = c.types;
      c.types = {
        getTypeParser: (oid: number, format?: string) =>
          SYSTEM_TEXT_ARRAY_OIDS.has(oid)
            ? parse
            : inner
              ? inner.getTypeParser(oid, format)
              : pg.types.getTypeParser(oid, format as "text"),
      };
    }
    const promise = (super.query as (...a: unknown[]) => Promise<Result>)(...args).then(asText);
    if (!callback) return promise as never;
    promise.then(
      (res) => callback(null, res),
      (err: unknown) => callback(err),
    );
    return undefined as never;
  }
}

function postgresAdapter() {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  const poolFor = (db: string) => {
    const u = new URL(url);
    u.pathname = `/${encodeURIComponent(db)}`;
    return new pg.Pool({ connectionString: u.toString(), Client: SystemTypesAsText, max: 4 });
  };
  const base = new PrismaPg(poolFor(database));
  const wholeScripts = <T extends { underlyingDriver(): pg.Pool }>(adapter: T): T =>
    new Proxy(adapter, {
      get(obj, prop) {
        if (prop === "executeScript") {
          return async (script: string) => {
            await obj.underlyingDriver().query(script);
          };
        }
        const value = Reflect.get(obj, prop, obj) as unknown;
        return typeof value === "function" ? (value as () => unknown).bind(obj) : value;
      },
    });
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect: async () => wholeScripts(await base.connect()),
    connectToShadowDb: async () => {
      const admin = poolFor(database);
      const shadow = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await admin.query(`CREATE DATABASE "${shadow}"`);
      const adapter = await new PrismaPg(poolFor(shadow), { disposeExternalPool: true }).connect();
      return new Proxy(wholeScripts(adapter), {
        get(obj, prop) {
          if (prop === "dispose") {
            return async () => {
              await obj.dispose();
              await admin.query(`DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
              await admin.end();
            };
          }
          const value = Reflect.get(obj, prop, obj) as unknown;
          return typeof value === "function" ? (value as () => unknown).bind(obj) : value;
        },
      });
    },
  };
}

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external: SEARCH_TABLES },
  engine: "js",
  schema: path.join("prisma", postgres ? "postgresql" : "sqlite"),
  migrations: { path: path.join("prisma", postgres ? "postgresql" : "sqlite", "migrations") },
  adapter: async () => (postgres ? postgresAdapter() : sqliteAdapter()),
});
