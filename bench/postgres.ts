import { execFileSync } from "node:child_process";
import path from "node:path";
import { KG_CSV_COLUMNS } from "./graph.js";
import { ROOT } from "./options.js";

/** The PostgreSQL server of the developers' machines and CI (trust auth), and its admin database. */
const HOST = "127.0.0.1";
const ADMIN_DB = "test";
export const pgUrl = (db: string) => `postgresql://postgres@${HOST}:5432/${db}`;

/** Runs SQL (or psql meta-commands such as \copy) with psql on `db`, stopping at the first error. */
function psql(sql: string, db = ADMIN_DB, opts: { singleTransaction?: boolean } = {}) {
  const args = ["-h", HOST, "-U", "postgres", "-d", db, "-q", "-v", "ON_ERROR_STOP=1"];
  if (opts.singleTransaction) args.push("-1");
  execFileSync("psql", [...args, "-f", "-"], {
    input: sql,
    // Warnings and errors only: no notice that a database to drop does not exist.
    env: { ...process.env, PGOPTIONS: "-c client_min_messages=warning" },
    stdio: ["pipe", "ignore", "inherit"],
  });
}

export function createDatabase(db: string) {
  dropDatabase(db);
  psql(`CREATE DATABASE ${db}`);
}

export function dropDatabase(db: string) {
  psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
}

/**
 * The SQLite pass's PostGraphile database: the graph of writeCsv in three tables of the bench's
 * own (relation_type, concept, relation) with a unique constraint on slug and indexes on the keys.
 */
export function loadBenchTables(db: string, csvDir: string) {
  createDatabase(db);
  psql(
    `CREATE TABLE relation_type (key text PRIMARY KEY, label text NOT NULL, inverse_label text NOT NULL);
    CREATE TABLE concept (id int PRIMARY KEY, slug text NOT NULL CONSTRAINT concept_slug_key UNIQUE, name text NOT NULL, kind text NOT NULL, summary text NOT NULL);
    CREATE TABLE relation (id int PRIMARY KEY, source_id int NOT NULL REFERENCES concept(id), type_key text NOT NULL REFERENCES relation_type(key), target_id int NOT NULL REFERENCES concept(id));
    CREATE INDEX ON relation (source_id); CREATE INDEX ON relation (target_id); CREATE INDEX ON relation (type_key);`,
    db,
  );
  for (const [table, f] of [
    ["relation_type", "types"],
    ["concept", "concepts"],
    ["relation", "relations"],
  ]) {
    psql(`\\copy ${table} FROM '${path.join(csvDir, `${f}.csv`)}' WITH (FORMAT csv)`, db);
  }
  psql("ANALYZE", db);
}

/** Applies the app's PostgreSQL migrations to `db` with its own CLI (`kg migrate`). */
export function migrateKg(db: string) {
  execFileSync(process.execPath, ["dist/src/cli/kg.js", "--db", pgUrl(db), "migrate"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/**
 * Loads the CSV files of writeKgCsv into the app's migrated tables with COPY, in one
 * transaction. The migrations' triggers stay on: each concept's search row ("ConceptSearch") is
 * made by the migration's own function, as for a concept the app writes. The id sequences are
 * moved past the loaded ids (later writes draw new ones), then the tables are analysed.
 * Returns the rows loaded and the seconds COPY took.
 */
export function loadKgTables(db: string, csvDir: string, rows: number) {
  const started = performance.now();
  const copies = Object.entries(KG_CSV_COLUMNS).map(
    ([table, columns]) =>
      `\\copy "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM '${path.join(csvDir, `${table}.csv`)}' WITH (FORMAT csv)`,
  );
  const sequences = ["Concept", "Relation"].map(
    (t) => `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT max(id) FROM "${t}"));`,
  );
  psql([...copies, ...sequences].join("\n"), db, { singleTransaction: true });
  const seconds = (performance.now() - started) / 1000;
  psql("ANALYZE", db);
  return { rows, seconds, rowsPerSecond: rows / seconds };
}
