import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type App, createApp } from "../src/app.js";
import { type Config, loadConfig } from "../src/config.js";

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  app: App;
  url: string;
  dbFile: string;
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
  close(): Promise<void>;
}

/** A fresh SQLite file in a temp folder, for one test file. */
export function tempDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kg-test-")), "kg.db");
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_URL: `file:${tempDbFile()}`,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SEED_ON_START: "false",
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
];

/** Starts the real app on a random port over a fresh SQLite file. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApp(config);
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
    dbFile: config.databaseFile,
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
        const rows = await app.db.prisma.$queryRawUnsafe<unknown[]>(
          `SELECT * FROM "${t}" ORDER BY 1, 2`,
        );
        parts.push(
          `${t}: ${JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`,
        );
      }
      return parts.join("\n");
    },
    close: () => app.close(),
  };
}

/** The Authorization header for an API key secret; none for null. */
export const bearer = (key: string | null | undefined): Record<string, string> =>
  key ? { authorization: `Bearer ${key}` } : {};

let counter = 0;

/** A valid ConceptInput with a unique slug; override any field. */
export function buildConcept(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    slug: `test-concept-${counter}`,
    name: `Test Concept ${counter}`,
    kind: "component",
    summary: `Test concept number ${counter}.`,
    ...overrides,
  };
}

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

/** The shared folder beside the repository (read-only input), when present. */
export const SHARED_DIR = path.resolve(import.meta.dirname, "../../shared");
