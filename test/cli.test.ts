import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../src/db/client.js";
import {
  SHARED_DIR,
  sharedMissing,
  type TestApp,
  dropTestDatabase,
  startTestApp,
  storedText,
  tempDbFile,
  testConfig,
  testDatabase,
} from "./helpers.js";

const KG = path.resolve(import.meta.dirname, "../bin/kg.js");
const NOTES = path.join(SHARED_DIR, "source-notes/k8s-notes.md");

/** Runs `kg` as a child process from another folder; never throws, returns the exit code. */
function kg(...args: string[]) {
  return kgWith({}, ...args);
}

/** Runs `kg` with extra environment variables (e.g. KG_API_KEY). */
function kgWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [KG, ...args],
      {
        cwd: path.dirname(tempDbFile()),
        env: { ...process.env, DATABASE_URL: "", KG_API_KEY: "", ...env },
        maxBuffer: 1 << 26,
      },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("kg CLI on a local database", { timeout: 180_000 }, () => {
  // A SQLite file, or on PostgreSQL a fresh database's URL: `--db` takes either.
  let db: string;
  const dir = path.dirname(tempDbFile());
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => dropTestDatabase(db));

  it("prints help, and refuses bad usage with exit code 2", async () => {
    const help = await kg("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: kg <command>");
    expect(help.stdout).toContain("export --format");
    const bad = await kg("frobnicate");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown command "frobnicate"');
    const noFormat = await kg("export", "--db", db);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain("export needs --format");
  });

  it("seeds, exports to a file, and queries", async () => {
    const seed = await kg("seed", "--db", db);
    expect(seed.code).toBe(0);
    expect(seed.stdout).toMatch(/^seed: \d+ created/);
    const out = path.join(dir, "etcd.dot");
    const exp = await kg(
      "export",
      "--format",
      "dot",
      "--root",
      "etcd",
      "--depth",
      "1",
      "-o",
      out,
      "--db",
      db,
    );
    expect(exp.code).toBe(0);
    expect(exp.stderr).toContain("exporting: 3/3 (100%)");
    expect(fs.readFileSync(out, "utf8")).toMatch(
      /^digraph kubernetes \{[\s\S]*"etcd" \[label="etcd"/,
    );
    const q = await kg("query", '{ concept(slug: "etcd") { name } }', "--db", db);
    expect(q.code).toBe(0);
    expect(JSON.parse(q.stdout)).toEqual({ data: { concept: { name: "etcd" } } });
    const badFormat = await kg("export", "--format", "png", "--db", db);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain("BAD_USER_INPUT (format)");
  });

  it("imports Markdown notes with a dry run first, progress on stderr, the token redacted", async ({
    skip,
  }) => {
    const why = sharedMissing(NOTES);
    if (why) skip(why);
    const token = fs
      .readFileSync(NOTES, "utf8")
      .split("\n")
      .find((l) => l.startsWith("eyJ"))!;
    const dry = await kg("import", NOTES, "--dry-run", "--db", db);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^dry run, nothing written: would have \d+ created/);
    expect(dry.stdout).toContain("redacted jwt at k8s-notes.md:46");
    const real = await kg("import", NOTES, "--db", db);
    expect(real.code).toBe(0);
    expect(real.stderr).toMatch(/importing: \d+\/\d+ \(100%\)/);
    expect(real.stdout).not.toContain(token);
    expect(storedText(db)).not.toContain(token.slice(0, 40));
    const missing = await kg("import", "/no/such/file.md", "--db", db);
    expect(missing.code).toBe(2);
    // The change history says who: the seed's writes as "seed", the import's as "cli".
    const opened = await openDb(testConfig({}, /^postgres(ql)?:/.test(db) ? db : `file:${db}`));
    const actors = await opened.prisma.changeRecord.findMany({
      distinct: ["actor"],
      select: { actor: true },
      orderBy: { actor: "asc" },
    });
    await opened.close();
    expect(actors.map((a) => a.actor)).toEqual(["cli", "seed"]);
  });
});

describe("kg CLI against a running server (--url)", { timeout: 180_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("imports, exports and queries over HTTP, with server errors as exit code 1", async () => {
    const file = path.join(t.dir, "net.md");
    fs.writeFileSync(file, "## Net\n- CNI, container network interface\n  - Calico, bgp\n");
    const anonymous = await kg("import", file, "--url", t.url);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain("UNAUTHENTICATED");
    const imp = await kgWith({ KG_API_KEY: t.adminKey }, "import", file, "--url", t.url);
    expect(imp.code).toBe(0);
    expect(imp.stdout).toContain("import: 4 created");
    const exp = await kg("export", "--format", "csv-edges", "--url", t.url);
    expect(exp.stdout).toContain("calico,cni,Directed,part-of,part of,");
    const q = await kg("query", "{ concepts { totalCount } }", "--url", t.url);
    expect(JSON.parse(q.stdout).data.concepts.totalCount).toBe(2);
    const bad = await kg("export", "--format", "dot", "--root", "nope", "--url", t.url);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("NOT_FOUND (root)");
  });
});

describe("kg keys", { timeout: 180_000 }, () => {
  it("creates, lists and revokes keys on a local database; the key works over HTTP", async () => {
    const db = tempDbFile();
    const created = await kg("keys", "create", "--name", "ops", "--role", "admin", "--db", db);
    expect(created.code).toBe(0);
    expect(created.stderr).toContain('key "ops" created with role admin');
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^kg_[0-9A-Za-z]{40}$/);
    expect(
      (await kg("keys", "create", "--name", "ops", "--role", "reader", "--db", db)).stderr,
    ).toContain("CONFLICT");
    const badRole = await kg("keys", "create", "--name", "x", "--role", "root", "--db", db);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain("BAD_USER_INPUT (input.role)");
    expect((await kg("keys", "create", "--name", "x", "--db", db)).code).toBe(2);

    const list = await kg("keys", "list", "--db", db);
    expect(list.stdout).toMatch(/^ops\tadmin\tkg_\w{6}\.\.\./);
    expect(list.stdout).not.toContain(secret.slice(9));

    // The key made by the CLI works over HTTP, against a server on the same file, and as KG_API_KEY.
    const t = await startTestApp({ DATABASE_URL: `file:${db}` });
    try {
      const ok = await t.gql(
        `mutation { createApiKey(input: { name: "ci", role: "editor" }) { secret } }`,
        {},
        { key: secret },
      );
      expect(ok.errors).toBeUndefined();
      const remote = await kgWith({ KG_API_KEY: secret }, "keys", "list", "--url", t.url);
      expect(remote.stdout).toContain("ci\teditor");
      const revoked = await kgWith({ KG_API_KEY: secret }, "keys", "revoke", "ci", "--url", t.url);
      expect(revoked.stdout).toContain('key "ci" revoked');
      expect((await kg("keys", "list", "--url", t.url)).stderr).toContain("UNAUTHENTICATED");

      expect((await kg("keys", "revoke", "ops", "--db", db)).code).toBe(0);
      const refused = await t.gql("{ concepts { totalCount } }", {}, { key: secret });
      expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await kg("keys", "revoke", "nobody", "--db", db)).stderr).toContain("NOT_FOUND");
    } finally {
      await t.close();
    }
  });
});
