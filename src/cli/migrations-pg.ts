// `npm run migrations:pg [name]`: brings the PostgreSQL migrations (prisma/postgresql/migrations)
// up to the shared models (prisma/models). With no migration yet it writes the init from empty;
// otherwise it diffs the existing migrations (replayed on a shadow database) against the models
// and writes what is missing as a new migration. Needs a PostgreSQL server: PG_ADMIN_URL, default
// postgresql://postgres@127.0.0.1:5432/test (the shadow database is created and dropped there).
//
// Every text column gets COLLATE "C": PostgreSQL then compares and sorts text byte-wise, as SQLite
// does, so listings ordered by slug or key, and the cursors built on them, agree on both.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const DIR = path.join("prisma", "postgresql", "migrations");
const url = process.env.PG_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/test";
const name = (process.argv[2] || "models").replace(/[^a-z0-9_]/gi, "_");

const existing = fs
  .readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const from = existing.length === 0 ? ["--from-empty"] : ["--from-migrations", DIR];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/postgresql", "--script"],
  {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  },
);

/** `"col" TEXT` -> `"col" TEXT COLLATE "C"` in CREATE TABLE and ADD COLUMN. */
const collated = sql.replace(/("\w+" TEXT)(?![\w[])/g, '$1 COLLATE "C"');
if (!/\b(CREATE|ALTER|DROP)\b/.test(collated)) {
  console.log("PostgreSQL migrations are up to date with prisma/models.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(DIR, existing.length === 0 ? `${stamp}_init` : `${stamp}_${name}`);
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, "migration.sql"), collated);
console.log(`wrote ${folder}/migration.sql: review it, then commit it.`);
