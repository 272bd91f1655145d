// Several API processes on one PostgreSQL, written to at once: the topology of docker-compose.yml.
// .ci/run starts it as the containers would (migrate once, then two API processes) and passes
// KG_REPLICA_URLS (comma-separated) and KG_REPLICA_DATABASE_URL; without them this file starts
// the same commands itself on a fresh database. PostgreSQL only: replicas share one PostgreSQL
// (several processes on one SQLite file is not a supported topology), so on the sqlite project
// the suite is skipped.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase } from "./helpers.js";

const KG = path.resolve(import.meta.dirname, "../bin/kg.js");
const N = 8; // concurrent writers per replica

interface Replica {
  url: string;
  gql(query: string, variables?: Record<string, unknown>): Promise<any>;
}

// Writes need an API key: an admin key made with `kg keys create` on the shared database (keys
// are looked up in the database on every request, so both replicas take it at once).
let adminKey = "";
const authHeaders = (): Record<string, string> => ({ authorization: `Bearer ${adminKey}` });

function replica(url: string): Replica {
  return {
    url,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...authHeaders() },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
  };
}

const run = (args: string[], env: Record<string, string>) =>
  new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [KG, ...args], { env: { ...process.env, ...env } }, (err, out) =>
      err ? reject(err) : resolve(out),
    ),
  );

/** Waits until the server answers /healthz, or fails when the process exits first. */
async function ready(url: string, child: ChildProcess) {
  let exited = false;
  child.once("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`the API process for ${url} exited`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const given = process.env.KG_REPLICA_URLS?.split(",").filter(Boolean) ?? [];

describe("two API replicas on one PostgreSQL", { timeout: 120_000 }, () => {
  let a: Replica;
  let b: Replica;
  let sql: pg.Client;
  let databaseUrl: string;
  const children: ChildProcess[] = [];
  const tag = randomBytes(3).toString("hex");

  beforeAll(async () => {
    if (given.length >= 2) {
      databaseUrl = process.env.KG_REPLICA_DATABASE_URL!;
      [a, b] = given.map(replica) as [Replica, Replica];
    } else {
      // The compose topology: a one-shot `kg migrate`, then two API processes, migrations off.
      databaseUrl = await createPgDatabase();
      await run(["migrate"], { DATABASE_URL: databaseUrl });
      const ports = [0, 1].map(() => 20_000 + Math.floor(Math.random() * 20_000));
      const urls = ports.map((p) => `http://127.0.0.1:${p}`);
      for (const port of ports) {
        const child = spawn(process.execPath, [KG, "serve"], {
          env: {
            ...process.env,
            DATABASE_URL: databaseUrl,
            PORT: String(port),
            HOST: "127.0.0.1",
            MIGRATE_ON_START: "false",
            SEED_ON_START: "false",
            LOG_LEVEL: "warn",
          },
          stdio: ["ignore", "ignore", "inherit"],
        });
        children.push(child);
      }
      await Promise.all(urls.map((u, i) => ready(u, children[i]!)));
      [a, b] = urls.map(replica) as [Replica, Replica];
    }
    sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    const made = await run(
      ["keys", "create", "--name", `replicas-${tag}`, "--role", "admin", "--db", databaseUrl],
      {},
    );
    adminKey = made.trim();
    const type = await a.gql(
      `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key } }`,
      { input: { key: `linked-${tag}`, label: "linked to", inverseLabel: "linked from" } },
    );
    expect(type.errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve();
            c.once("exit", () => resolve());
            c.kill("SIGTERM");
          }),
      ),
    );
    if (children.length > 0) await dropPgDatabase(databaseUrl);
  });

  /** Both replicas, alternating, for `count` parallel calls. */
  const both = <T>(count: number, fn: (r: Replica, i: number) => Promise<T>) =>
    Promise.all(Array.from({ length: count }, (_, i) => fn(i % 2 === 0 ? a : b, i)));

  const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug version } }`;
  const UPDATE = `mutation($slug: String!, $input: ConceptPatch!) { updateConcept(slug: $slug, input: $input) { version summary } }`;
  const concept = (slug: string, summary = "A concept written through two replicas.") => ({
    slug,
    name: slug.replace(/-/g, " "),
    kind: "component",
    summary,
  });

  it("no lost update: concurrent updates through both replicas each get their own version", async () => {
    const slug = `counter-${tag}`;
    expect((await a.gql(CREATE, { input: concept(slug) })).errors).toBeUndefined();
    const results = await both(2 * N, (r, i) =>
      r.gql(UPDATE, { slug, input: { summary: `Written by writer ${i}.` } }),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const versions = results.map((res) => res.data.updateConcept.version as number);
    // Every update saw the one before it: versions 2..2N+1, each exactly once.
    expect([...versions].sort((x, y) => x - y)).toEqual(
      Array.from({ length: 2 * N }, (_, i) => i + 2),
    );
    const row = await sql.query(`SELECT version, summary FROM "Concept" WHERE slug = $1`, [slug]);
    expect(row.rows[0].version).toBe(2 * N + 1);
    // The stored summary is the one written by the update that got the last version.
    const last = results[versions.indexOf(2 * N + 1)]!.data.updateConcept.summary;
    expect(row.rows[0].summary).toBe(last);
  });

  it("expectedVersion: of concurrent writers with the same version exactly one wins, the others get CONFLICT with currentVersion", async () => {
    const slug = `guarded-${tag}`;
    await a.gql(CREATE, { input: concept(slug) });
    const results = await both(2 * N, (r, i) =>
      r.gql(UPDATE, { slug, input: { summary: `Guarded writer ${i}.`, expectedVersion: 1 } }),
    );
    const won = results.filter((res) => !res.errors);
    const lost = results.filter((res) => res.errors);
    expect(won).toHaveLength(1);
    expect(won[0].data.updateConcept.version).toBe(2);
    expect(lost).toHaveLength(2 * N - 1);
    for (const res of lost) {
      expect(res.errors[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    }
    // A stale version through the other replica, afterwards: still CONFLICT, nothing written.
    const stale = await b.gql(UPDATE, { slug, input: { summary: "Stale.", expectedVersion: 1 } });
    expect(stale.errors[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const row = await sql.query(`SELECT version, summary FROM "Concept" WHERE slug = $1`, [slug]);
    expect(row.rows[0]).toEqual({ version: 2, summary: won[0].data.updateConcept.summary });
  });

  it("uniqueness: the same slug created through both replicas at once exists once", async () => {
    const slug = `unique-${tag}`;
    const results = await both(2 * N, (r, i) =>
      r.gql(CREATE, { input: concept(slug, `Attempt ${i}.`) }),
    );
    expect(results.filter((res) => !res.errors)).toHaveLength(1);
    for (const res of results.filter((x) => x.errors)) {
      expect(res.errors[0].extensions.code).toBe("CONFLICT");
    }
    const rows = await sql.query(`SELECT count(*)::int AS n FROM "Concept" WHERE slug = $1`, [
      slug,
    ]);
    expect(rows.rows[0].n).toBe(1);
  });

  it("every acknowledged write is in the database: concepts, relations and notes written in parallel", async () => {
    const slugs = Array.from({ length: 2 * N }, (_, i) => `item-${i}-${tag}`);
    const created = await both(2 * N, (r, i) => r.gql(CREATE, { input: concept(slugs[i]!) }));
    for (const res of created) expect(res.errors).toBeUndefined();

    const relations = await both(2 * N, (r, i) =>
      r.gql(`mutation($input: RelationInput!) { createRelation(input: $input) { id } }`, {
        input: { source: slugs[i], type: `linked-${tag}`, target: slugs[(i + 1) % slugs.length] },
      }),
    );
    const notes = await both(2 * N, (r, i) =>
      r.gql(`mutation($input: NoteInput!) { addNote(input: $input) { id } }`, {
        input: { concept: slugs[i], body: `Note ${i} written through ${r.url}.` },
      }),
    );
    for (const res of [...relations, ...notes]) expect(res.errors).toBeUndefined();

    const stored = await sql.query(`SELECT slug FROM "Concept" WHERE slug = ANY($1)`, [slugs]);
    expect(stored.rows.map((r) => r.slug).sort()).toEqual([...slugs].sort());
    const relIds = relations.map((res) => Number(res.data.createRelation.id));
    const rel = await sql.query(`SELECT id FROM "Relation" WHERE id = ANY($1)`, [relIds]);
    expect(rel.rows).toHaveLength(relIds.length);
    const noteIds = notes.map((res) => Number(res.data.addNote.id));
    const note = await sql.query(`SELECT id, body FROM "Note" WHERE id = ANY($1)`, [noteIds]);
    expect(note.rows).toHaveLength(noteIds.length);
    // Search sees them too: its triggers ran in every writing transaction.
    const found = await sql.query(
      `SELECT count(*)::int AS n FROM "ConceptSearch" WHERE "conceptId" IN
         (SELECT id FROM "Concept" WHERE slug = ANY($1)) AND notes LIKE 'Note %'`,
      [slugs],
    );
    expect(found.rows[0].n).toBe(slugs.length);
  });

  it("each replica reads its own writes", async () => {
    const slug = `own-${tag}`;
    await b.gql(CREATE, { input: concept(slug) });
    const res = await b.gql(`query($slug: String!) { concept(slug: $slug) { slug } }`, { slug });
    expect(res.data.concept).toEqual({ slug });
  });

  // Each process keeps an in-memory read index; changes reach the other replicas' indexes through
  // PostgreSQL LISTEN/NOTIFY (src/graph/replication.ts), moments after the write is acknowledged.
  it("a write through one replica is read through the other (cross-replica propagation)", async () => {
    const slug = `across-${tag}`;
    const made = await a.gql(CREATE, { input: concept(slug) });
    expect(made.errors).toBeUndefined();
    const read = `query($slug: String!) { concept(slug: $slug) { slug } neighborhood(slug: $slug) { nodes { slug } } }`;
    let seen: any = null;
    for (let i = 0; i < 100 && !seen?.data?.concept; i++) {
      seen = await b.gql(read, { slug });
      if (!seen.data?.concept) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen.data.concept).toEqual({ slug });
    expect(seen.data.neighborhood.nodes).toEqual([{ slug }]);
  });
});
