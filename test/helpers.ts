import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { type App, type AppOptions, createApp } from "../src/app.js";
import { type Config, loadConfig } from "../src/config.js";
import { adminQuery, pgUrl } from "./pg-admin.js";

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  app: App;
  url: string;
  /** The SQLite file ("" on PostgreSQL). */
  dbFile: string;
  /** A fresh temp folder of this app, for files a test writes. */
  dir: string;
  /** Sends one GraphQL operation over real HTTP, with the admin key unless `opts.key` says otherwise (null: none). */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { key?: string | null },
  ): Promise<GqlResponse<T>>;
  /** The secret of an admin key made for this app; `gql` sends it by default. */
  adminKey: string;
  /** Creates an API key with `role` (as the server's own SYSTEM actor) and returns its secret. */
  createKey(role: "reader" | "editor" | "admin", name?: string): Promise<string>;
  /** Every row of every table, for "nothing changed" assertions. */
  snapshot(): Promise<string>;
  /** Everything the database keeps (see `storedText`), to check what is never stored. */
  storedText(): Promise<string>;
  close(): Promise<void>;
}

/** A fresh SQLite file in a temp folder, for one test file. */
export function tempDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kg-test-")), "kg.db");
}

/**
 * Which database the tests run on: the vitest project "postgres" sets KG_TEST_DATABASE=postgresql
 * (see vitest.config.ts); otherwise SQLite.
 */
export const ON_POSTGRES = process.env.KG_TEST_DATABASE === "postgresql";

export { PG_ADMIN_URL } from "./pg-admin.js";

/**
 * A fresh PostgreSQL database (kg_t_<random>); returns its URL. Empty, or a copy of `template`
 * (a database no one is connected to, such as the templates of test/global-setup.ts).
 */
export async function createPgDatabase(template?: string): Promise<string> {
  const name = `kg_t_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return pgUrl(name);
}

/**
 * The template databases that test/global-setup.ts built for this run: a fresh copy of one is
 * what startTestApp starts on (no migrations to apply, and with SEED_ON_START=true nothing left to
 * seed). Only the database projects have them (the unit project has no database).
 */
function templates() {
  const given = inject("kgTemplates");
  if (!given) {
    throw new Error(
      "no template database: this file starts an app, so it belongs in a database project (sqlite, postgres), not in vitest.config.ts's unit list; and not with KG_TEST_TEMPLATES=off",
    );
  }
  return given;
}

/**
 * A fresh database copied from a template, as a DATABASE_URL: migrated, and seeded with the
 * curated graph when `seeded`.
 */
export async function templateDatabase(seeded: boolean): Promise<string> {
  const t = templates();
  const template = seeded ? t.seeded : t.migrated;
  if (t.database === "postgresql") return createPgDatabase(template);
  const file = tempDbFile();
  fs.copyFileSync(template, file);
  return `file:${file}`;
}

/** Drops a database made by `createPgDatabase`, closing whatever is still connected to it. */
export async function dropPgDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^kg_t_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/**
 * A fresh database for a test that runs the CLI: a SQLite file path, or on PostgreSQL the URL of
 * a fresh database (both are what `kg --db` takes). Drop it with `dropTestDatabase`.
 */
export async function testDatabase(): Promise<string> {
  return ON_POSTGRES ? createPgDatabase() : tempDbFile();
}

export async function dropTestDatabase(location: string): Promise<void> {
  if (/^postgres(ql)?:/.test(location)) await dropPgDatabase(location);
}

/**
 * Everything a database keeps, as text: the SQLite file and its write-ahead log byte for byte,
 * or PostgreSQL's whole dump (every table, the search table included).
 */
export function storedText(location: string): string {
  if (/^postgres(ql)?:/.test(location)) {
    return execFileSync("pg_dump", ["--no-owner", location], {
      encoding: "latin1",
      maxBuffer: 1 << 28,
    });
  }
  return [location, `${location}-wal`]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString("latin1"))
    .join("");
}

export function testConfig(
  overrides: Record<string, string> = {},
  databaseUrl = `file:${tempDbFile()}`,
): Config {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SEED_ON_START: "false",
    // Every query compiled from its first use: the path hot queries take in production
    // (test/executor.test.ts compares it with graphql-js).
    GRAPHQL_JIT_AFTER: "1",
    ...overrides,
  });
}

const TABLES = [
  "Concept",
  "Alias",
  "ConceptTag",
  "RelationType",
  "Relation",
  "Note",
  "Source",
  "Citation",
  "SeedMark",
  "ApiKey",
  "ChangeRecord",
  "ChangeSubject",
  "LifecycleEvent",
];

/**
 * Starts the real app on a random port over a fresh copy of a migrated template database (a SQLite
 * file, or a PostgreSQL database); with SEED_ON_START=true, of the seeded one, so the start-up seed
 * finds everything in place. An explicit DATABASE_URL in `overrides` is used as it is.
 */
export async function startTestApp(
  overrides: Record<string, string> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const databaseUrl = overrides.DATABASE_URL
    ? undefined
    : await templateDatabase(overrides.SEED_ON_START === "true");
  const pgDatabase = databaseUrl && /^postgres(ql)?:/.test(databaseUrl) ? databaseUrl : null;
  const config = testConfig(overrides, databaseUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-test-"));
  let app: App;
  try {
    app = await createApp(config, options);
  } catch (err) {
    if (pgDatabase) await dropPgDatabase(pgDatabase);
    throw err;
  }
  await app.http.listen({ port: 0, host: "127.0.0.1" });
  const address = app.http.server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  const url = `http://127.0.0.1:${address.port}`;
  let keys = 0;
  const createKey = async (role: "reader" | "editor" | "admin", name?: string) =>
    (await app.services.keys.create({ name: name ?? `test-${role}-${++keys}`, role })).secret;
  const adminKey = await createKey("admin", "test-admin");
  return {
    app,
    url,
    dbFile: config.databaseFile ?? "",
    dir,
    adminKey,
    createKey,
    async gql(query, variables, opts = {}) {
      const key = opts.key === undefined ? adminKey : opts.key;
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(key) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<any>;
    },
    async snapshot() {
      const parts: string[] = [];
      for (const t of TABLES) {
        // A key's lastUsedAt is bookkeeping that any request may touch: not data a write changes.
        const columns = t === "ApiKey" ? `id, name, role, prefix, hash, "revokedAt"` : "*";
        const rows = await app.db.prisma.$queryRawUnsafe<unknown[]>(
          `SELECT ${columns} FROM "${t}" ORDER BY 1, 2`,
        );
        parts.push(
          `${t}: ${JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`,
        );
      }
      return parts.join("\n");
    },
    storedText: async () => storedText(pgDatabase ?? config.databaseFile!),
    async close() {
      await app.close();
      if (pgDatabase) await dropPgDatabase(pgDatabase);
    },
  };
}

/** The Authorization header for an API key secret; none for null. */
export const bearer = (key: string | null | undefined): Record<string, string> =>
  key ? { authorization: `Bearer ${key}` } : {};

// Test data: test/factories.ts (buildConcept stays importable from here).
export { buildConcept } from "./factories.js";

/** Asserts a GraphQL response failed with one error of `code` (and `field` when given), and returns it. */
export function expectError(res: GqlResponse, code: string, field?: string) {
  const err = res.errors?.[0];
  if (!err) throw new Error(`expected ${code}, got data ${JSON.stringify(res.data)}`);
  if (err.extensions?.code !== code || (field !== undefined && err.extensions?.field !== field)) {
    throw new Error(`expected ${code}${field ? ` on ${field}` : ""}, got ${JSON.stringify(err)}`);
  }
  return err;
}

/** Builds credential-shaped strings at run time, so that none sits literally in the repository. */
export const fakeSecrets = {
  jwt: () =>
    [
      Buffer.from('{"alg":"RS256","kid":"test"}').toString("base64url"),
      Buffer.from('{"sub":"system:serviceaccount:kube-system:test"}').toString("base64url"),
      "c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU",
    ].join("."),
  pem: () =>
    `-----BEGIN ${"RSA PRIVATE"} KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----`,
  awsKey: () => `AKIA${"IOSFODNN7EXAMPLE"}`,
  urlPassword: () => `postgres://admin:${"hunter2"}@db.internal:5432/app`,
};

/**
 * The shared folder beside the repository (read-only input: the source notes, the glossary), or
 * where KG_SHARED_DIR says. A fresh clone has none: tests that read it skip (see `sharedMissing`).
 */
export const SHARED_DIR = path.resolve(
  process.env.KG_SHARED_DIR || path.resolve(import.meta.dirname, "../../shared"),
);

/**
 * Why tests that read `paths` (inside SHARED_DIR) cannot run, or false when they can: use it as
 * `describe.skipIf(sharedMissing(...))`. Says so once on stderr, so a skip is never silent.
 */
export function sharedMissing(...paths: string[]): string | false {
  const missing = paths.filter((p) => !fs.existsSync(p));
  if (missing.length === 0) return false;
  const why = `skipped: ${missing.join(", ")} not found (the shared folder beside the repository; set KG_SHARED_DIR to use another)`;
  console.warn(why);
  return why;
}
