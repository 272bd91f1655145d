import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19 with the JavaScript schema engine: works offline, no engine download.
// The CLI (`prisma migrate diff|status`, `prisma studio`) talks to DATABASE_URL or the default
// file; the app applies migrations itself on start (src/db/migrate.ts).
const url = process.env.DATABASE_URL ?? "file:./data/kg.db";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * The schema engine replays each migration.sql on the shadow database as ONE statement, which
 * better-sqlite3's prepare() refuses ("contains more than one statement"); run scripts whole.
 */
function multiStatement(adapter: Adapter): Adapter {
  return new Proxy(adapter, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (prop === "executeRaw") {
        return async (query: Parameters<Adapter["executeRaw"]>[0]) => {
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

// The FTS5 search table and its shadow tables are made by a hand-written migration
// (prisma/migrations/*_concept_search), not by models: declared external so Migrate leaves them alone.
const SEARCH_TABLES = ["", "_data", "_idx", "_content", "_docsize", "_config"].map(
  (suffix) => `ConceptSearch${suffix}`,
);

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external: SEARCH_TABLES },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => {
    const base = new PrismaBetterSQLite3({ url });
    return {
      provider: "sqlite" as const,
      adapterName: base.adapterName,
      connect: () => base.connect(),
      connectToShadowDb: async () => multiStatement(await base.connectToShadowDb()),
    };
  },
});
