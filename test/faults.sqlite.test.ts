// A SQLite store that cannot be written (full, read-only, gone, locked): every write fails fast with
// a typed error, nothing is half-written, reads go on, /readyz says so, and the writer recovers
// on its own once the condition clears. SQLite only (PostgreSQL: faults.postgres.test.ts).
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { type TestApp, bearer, buildConcept, startTestApp } from "./helpers.js";
import {
  canMakeImmutable,
  eventually,
  holdWriteLock,
  makeImmutable,
  undoImmutable,
  withinBound,
} from "./faults.js";

const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const NOTE = `mutation($input: NoteInput!) { addNote(input: $input) { id } }`;
// Served from the in-memory index, and from the read connection.
const INDEX_READ = `query($slug: String!) { concept(slug: $slug) { slug name } stats { concepts } }`;
const SQL_READ = `{ concepts(filter: { tag: "fault" }) { totalCount } }`;

interface Outcome {
  via: string;
  code: string | undefined;
  status: number;
  message: string;
}

/**
 * Text long enough that a row holding it spills to an overflow page: a write carrying it needs a
 * new page however much room the existing pages have left (a full database can still take a
 * small row into a page's free space, and then rightly commits it).
 */
const LARGE = `Spills over a page. ${"x".repeat(6000)}`;

/** One write of each kind (GraphQL, REST, an import with savepoints), each within the hang bound. */
async function tryWrites(t: TestApp, tag: string): Promise<Outcome[]> {
  const concept = (slug: string) => buildConcept({ slug, tags: ["fault"], description: LARGE });
  const rest = async (path: string, body: unknown) => {
    const res = await fetch(`${t.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(t.adminKey) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { error?: { code: string; message: string } };
    return {
      via: `REST ${path}`,
      code: json.error?.code,
      status: res.status,
      message: json.error?.message ?? "",
    };
  };
  const gql = async (via: string, query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables);
    const err = res.errors?.[0];
    return {
      via,
      code: err?.extensions?.code as string | undefined,
      status: 0,
      message: err?.message ?? "",
    };
  };
  const doc = {
    format: "k8s-knowledge-graph",
    version: 1,
    concepts: [0, 1, 2].map((i) => concept(`${tag}-import-${i}`)),
  };
  const attempts = [
    () => gql("createConcept", CREATE, { input: concept(`${tag}-gql`) }),
    () =>
      gql("addNote", NOTE, { input: { concept: "anchor", body: `A note while ${tag}. ${LARGE}` } }),
    () => rest("/api/v1/concepts", concept(`${tag}-rest`)),
    () =>
      rest("/api/v1/import", {
        format: "json",
        content: JSON.stringify(doc),
        skipInvalid: true,
      }),
  ];
  const out: Outcome[] = [];
  for (const attempt of attempts) out.push(await withinBound(attempt(), `a write while ${tag}`));
  return out;
}

/** Asserts every write failed with `code` (REST with `status`), saying nothing about files or SQL. */
function expectRefused(outcomes: Outcome[], code: string, status: number) {
  for (const o of outcomes) {
    expect(o.code, `${o.via}: ${o.message}`).toBe(code);
    if (o.via.startsWith("REST")) expect(o.status, o.via).toBe(status);
    expect(o.message).not.toMatch(/\/tmp|kg\.db|SQLITE|INSERT|select|\bat \w+ \(/i);
  }
}

/** The store as the app sees it: the database's rows, and what the in-memory index holds. */
async function state(t: TestApp) {
  const index = (await t.gql(INDEX_READ, { slug: "anchor" })).data;
  return { rows: await t.snapshot(), index };
}

async function readiness(t: TestApp) {
  const res = await fetch(`${t.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
}

/** Reads keep working, from the index and from the read connection. */
async function expectReadsWork(t: TestApp) {
  const hit = await withinBound(t.gql(INDEX_READ, { slug: "anchor" }), "an index read");
  expect(hit.data?.concept, JSON.stringify(hit)).toEqual({
    slug: "anchor",
    name: expect.any(String),
  });
  const listed = await withinBound(t.gql(SQL_READ), "a SQL read");
  expect(listed.errors).toBeUndefined();
}

/** Once the condition clears: ready again without any write, then writes succeed. */
async function expectRecovered(t: TestApp, tag: string) {
  await eventually(async () => (await readiness(t)).status === 200, "/readyz back to 200");
  const res = await withinBound(
    t.gql(CREATE, { input: buildConcept({ slug: `${tag}-after`, tags: ["fault"] }) }),
    "the first write after recovery",
  );
  expect(res.errors).toBeUndefined();
  const seen = await t.gql(INDEX_READ, { slug: `${tag}-after` });
  expect(seen.data?.concept?.slug).toBe(`${tag}-after`);
}

describe("SQLite faults", { timeout: 120_000 }, () => {
  let t: TestApp | null = null;
  const start = async (env: Record<string, string> = {}) => {
    t = await startTestApp({ SQLITE_BUSY_TIMEOUT_MS: "300", ...env });
    const anchor = await t.gql(CREATE, { input: buildConcept({ slug: "anchor" }) });
    expect(anchor.errors).toBeUndefined();
    return t;
  };
  afterEach(async () => {
    undoImmutable();
    await t?.close();
    t = null;
  });

  it("a full database: STORAGE_FULL (507) at once, nothing half-written, not ready; writes resume once there is room, no restart", async () => {
    const app = await start();
    const prisma = app.app.db.prisma;
    const [pages] = await prisma.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await prisma.$executeRawUnsafe(`PRAGMA max_page_count = ${Number(pages!.page_count)}`);
    // Fill what room is left, until the first write is refused.
    let first: Record<string, unknown> | undefined;
    for (let i = 0; i < 300 && !first; i++) {
      const res = await withinBound(
        app.gql(CREATE, { input: buildConcept({ summary: `Filler ${i} ${"x".repeat(400)}` }) }),
        "a filling write",
      );
      first = res.errors?.[0];
    }
    expect(first?.extensions).toMatchObject({ code: "STORAGE_FULL" });

    const before = await state(app);
    expectRefused(await tryWrites(app, "full"), "STORAGE_FULL", 507);
    expect(await state(app)).toEqual(before);
    await expectReadsWork(app);
    const ready = await readiness(app);
    expect(ready.status).toBe(503);
    expect(ready.body.reason).toMatch(/full/);

    await prisma.$executeRawUnsafe(`PRAGMA max_page_count = 1073741823`);
    await expectRecovered(app, "full");
  });

  it.skipIf(!canMakeImmutable)(
    "a database file that cannot be written (immutable): UNAVAILABLE (503), reads go on; writes resume once it is writable",
    async () => {
      const app = await start();
      const before = await state(app);
      const lock = makeImmutable(app.dbFile);
      try {
        expectRefused(await tryWrites(app, "read-only"), "UNAVAILABLE", 503);
        await expectReadsWork(app);
        const ready = await readiness(app);
        expect(ready.status).toBe(503);
        expect(ready.body.reason).toMatch(/cannot be written|read-only/);
      } finally {
        lock.undo();
      }
      expect(await state(app)).toEqual(before);
      await expectRecovered(app, "read-only");
    },
  );

  it("a database file moved away while running: UNAVAILABLE, nothing written to it; writes resume once it is back", async () => {
    const app = await start();
    const before = await state(app);
    const moved = `${app.dbFile}.moved`;
    fs.renameSync(app.dbFile, moved);
    try {
      expectRefused(await tryWrites(app, "moved"), "UNAVAILABLE", 503);
      await expectReadsWork(app);
      const ready = await readiness(app);
      expect(ready.status).toBe(503);
      expect(ready.body.reason).toMatch(/missing/);
    } finally {
      fs.renameSync(moved, app.dbFile);
    }
    expect(await state(app)).toEqual(before);
    await expectRecovered(app, "moved");
  });

  it("its folder deleted while running: UNAVAILABLE, never a hang, reads go on", async () => {
    const app = await start();
    fs.rmSync(app.dbFile.replace(/\/[^/]+$/, ""), { recursive: true, force: true });
    expectRefused(await tryWrites(app, "deleted"), "UNAVAILABLE", 503);
    await expectReadsWork(app);
    expect((await readiness(app)).status).toBe(503);
  });

  it("another connection holding the write lock longer than SQLITE_BUSY_TIMEOUT_MS: UNAVAILABLE saying so, reads go on; writes resume once it lets go", async () => {
    const app = await start();
    const before = await state(app);
    const holder = holdWriteLock(app.dbFile);
    try {
      const outcomes = await tryWrites(app, "locked");
      expectRefused(outcomes, "UNAVAILABLE", 503);
      expect(outcomes[0]!.message).toMatch(/locked by another/);
      await expectReadsWork(app);
      expect((await readiness(app)).status).toBe(503);
    } finally {
      holder.release();
    }
    expect(await state(app)).toEqual(before);
    await expectRecovered(app, "locked");
  });
});
