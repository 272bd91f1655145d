import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19 with the JavaScript schema engine: works offline, no engine download.
// The CLI (`prisma migrate diff|status|deploy`, `prisma studio`) talks to DATABASE_URL
// or the default file; the app applies migrations itself on start (src/db/migrate.ts).
const url = process.env.DATABASE_URL ?? "file:./data/kg.db";

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
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
