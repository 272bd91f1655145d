import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAs } from "../src/graph/actor.js";
import { seedGraph } from "../src/io/seed/seed.service.js";
import { type TestApp, buildConcept, expectError, fakeSecrets, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ENTRY = `id at actor entity op key before after revertOf subjects`;

/** Every change record, oldest first, straight from the database. */
async function allRecords() {
  const rows = await t.app.db.prisma.changeRecord.findMany({
    orderBy: { id: "asc" },
    include: { subjects: true },
  });
  return rows.map((r) => ({
    ...r,
    before: r.before === null ? null : (JSON.parse(r.before) as Record<string, any>),
    after: r.after === null ? null : (JSON.parse(r.after) as Record<string, any>),
    subjects: r.subjects.map((s) => s.slug).sort(),
  }));
}

/** Runs one GraphQL write and returns the records it made (asserting it succeeded). */
async function recordsOf(query: string, variables?: Record<string, unknown>) {
  const before = (await allRecords()).length;
  const res = await t.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { data: res.data!, records: (await allRecords()).slice(before) };
}

/** Asserts a write failed with `code` and recorded nothing. */
async function expectNothingRecorded(code: string, query: string, vars?: Record<string, unknown>) {
  const before = await allRecords();
  expectError(await t.gql(query, vars), code);
  expect(await allRecords()).toEqual(before);
}

const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug version } }`;

describe("recording", () => {
  it("records every kind of write exactly once, with before, after, actor and subjects", async () => {
    let r = await recordsOf(CREATE, {
      input: buildConcept({ slug: "rec-a", aliases: ["Alpha"], tags: ["net"] }),
    });
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({
      actor: "test-admin",
      entity: "concept",
      op: "create",
      key: "rec-a",
      before: null,
      after: { slug: "rec-a", aliases: ["Alpha"], tags: ["net"], version: 1 },
      revertOf: null,
      subjects: ["rec-a"],
    });
    await recordsOf(CREATE, { input: buildConcept({ slug: "rec-b" }) });

    r = await recordsOf(
      `mutation { updateConcept(slug: "rec-a", input: { summary: "New." }) { slug } }`,
    );
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({
      op: "update",
      key: "rec-a",
      after: { summary: "New.", version: 2 },
    });
    expect(r.records[0]!.before).toMatchObject({ version: 1, aliases: ["Alpha"] });
    expect(r.records[0]!.before!.summary).not.toBe("New.");

    r = await recordsOf(`mutation { addAlias(slug: "rec-a", alias: "Beta") { slug } }`);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({
      op: "update",
      before: { aliases: ["Alpha"] },
      after: { aliases: ["Alpha", "Beta"] },
    });
    r = await recordsOf(`mutation { removeAlias(slug: "rec-a", alias: "beta") { slug } }`);
    expect(r.records[0]).toMatchObject({
      before: { aliases: ["Alpha", "Beta"] },
      after: { aliases: ["Alpha"] },
    });

    r = await recordsOf(
      `mutation { createRelationType(input: { key: "rec-uses", label: "uses" }) { key } }`,
    );
    expect(r.records).toMatchObject([
      {
        entity: "relationType",
        op: "create",
        key: "rec-uses",
        subjects: [],
        after: { label: "uses" },
      },
    ]);
    r = await recordsOf(
      `mutation { updateRelationType(key: "rec-uses", input: { label: "uses!" }) { key } }`,
    );
    expect(r.records).toMatchObject([
      { op: "update", before: { label: "uses" }, after: { label: "uses!" } },
    ]);

    r = await recordsOf(
      `mutation { createRelation(input: { source: "rec-a", type: "rec-uses", target: "rec-b" }) { id } }`,
    );
    const relId = r.data.createRelation.id as string;
    expect(r.records).toMatchObject([
      {
        entity: "relation",
        op: "create",
        key: relId,
        subjects: ["rec-a", "rec-b"],
        after: { source: "rec-a", type: "rec-uses", target: "rec-b", description: null },
      },
    ]);
    r = await recordsOf(
      `mutation { updateRelation(id: "${relId}", input: { description: "d" }) { id } }`,
    );
    expect(r.records).toMatchObject([
      { op: "update", before: { description: null }, after: { description: "d", version: 2 } },
    ]);

    r = await recordsOf(`mutation { addNote(input: { concept: "rec-a", body: "one" }) { id } }`);
    const noteId = r.data.addNote.id as string;
    expect(r.records).toMatchObject([
      {
        entity: "note",
        op: "create",
        key: noteId,
        subjects: ["rec-a"],
        after: { body: "one", concept: "rec-a" },
      },
    ]);
    r = await recordsOf(`mutation { updateNote(id: "${noteId}", input: { body: "two" }) { id } }`);
    expect(r.records).toMatchObject([
      { op: "update", before: { body: "one" }, after: { body: "two" } },
    ]);
    r = await recordsOf(`mutation { deleteNote(id: "${noteId}") }`);
    expect(r.records).toMatchObject([
      { op: "delete", before: { body: "two" }, after: null, subjects: ["rec-a"] },
    ]);

    r = await recordsOf(
      `mutation { addNote(input: { relation: "${relId}", body: "on rel" }) { id } }`,
    );
    expect(r.records[0]!.subjects).toEqual(["rec-a", "rec-b"]);

    r = await recordsOf(`mutation { deleteRelation(id: "${relId}") }`);
    expect(r.records).toMatchObject([
      {
        entity: "relation",
        op: "delete",
        before: { id: Number(relId), notes: [{ body: "on rel" }] },
      },
    ]);
    r = await recordsOf(`mutation { deleteRelationType(key: "rec-uses") }`);
    expect(r.records).toMatchObject([
      { entity: "relationType", op: "delete", before: { key: "rec-uses" } },
    ]);
    r = await recordsOf(`mutation { deleteConcept(slug: "rec-b") { slug } }`);
    expect(r.records).toMatchObject([
      { entity: "concept", op: "delete", key: "rec-b", after: null },
    ]);
  });

  it("records nothing for a write that changes nothing", async () => {
    await recordsOf(CREATE, { input: buildConcept({ slug: "rec-same", summary: "Same." }) });
    const r = await recordsOf(
      `mutation { upsertConcept(input: { slug: "rec-same", name: "Rec Same", kind: "component", summary: "Same." }) { slug } }`,
    );
    // The name differs from the factory's, so that upsert is one update; running it again is none.
    expect(r.records).toHaveLength(1);
    const again = await recordsOf(
      `mutation { upsertConcept(input: { slug: "rec-same", name: "Rec Same", kind: "component", summary: "Same." }) { slug } }`,
    );
    expect(again.records).toHaveLength(0);
  });

  it("records nothing for failed writes, refused secrets or dry-run imports", async () => {
    await recordsOf(CREATE, { input: buildConcept({ slug: "rec-fail" }) });
    await expectNothingRecorded("CONFLICT", CREATE, { input: buildConcept({ slug: "rec-fail" }) });
    await expectNothingRecorded(
      "CONFLICT",
      `mutation { updateConcept(slug: "rec-fail", input: { summary: "x", expectedVersion: 7 }) { slug } }`,
    );
    await expectNothingRecorded(
      "NOT_FOUND",
      `mutation { deleteConcept(slug: "rec-none") { slug } }`,
    );
    for (const secret of [fakeSecrets.jwt(), fakeSecrets.pem(), fakeSecrets.awsKey()]) {
      await expectNothingRecorded(
        "BAD_USER_INPUT",
        `mutation($b: String!) { addNote(input: { concept: "rec-fail", body: $b }) { id } }`,
        { b: `token ${secret}` },
      );
    }
    const before = await allRecords();
    const dry = await t.gql(
      `mutation($input: ImportInput!) { importGraph(input: $input) { created } }`,
      {
        input: {
          format: "markdown",
          content: "## Rec\n- Rec dry one\n- Rec dry two\n",
          dryRun: true,
        },
      },
    );
    expect(dry.data!.importGraph.created).toBeGreaterThan(0);
    expect(await allRecords()).toEqual(before);
  });

  it("records an import's writes one by one, and keeps credentials out of history", async () => {
    const before = (await allRecords()).length;
    const secret = fakeSecrets.awsKey();
    const res = await t.gql(
      `mutation($input: ImportInput!) { importGraph(input: $input) { created } }`,
      {
        input: {
          format: "markdown",
          content: `## Rec import\n- Rec imported one, key ${secret}\n`,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const made = (await allRecords()).slice(before);
    expect(made.length).toBe(res.data!.importGraph.created);
    const stored = JSON.stringify(await t.app.db.prisma.changeRecord.findMany());
    for (const s of [secret, fakeSecrets.jwt(), fakeSecrets.pem()]) expect(stored).not.toContain(s);
  });

  it("records nothing for the items an import skips (their savepoint is rolled back)", async () => {
    const before = (await allRecords()).length;
    const doc = {
      format: "k8s-knowledge-graph",
      version: 1,
      concepts: [
        { slug: "rec-skip-ok", name: "Rec Skip OK", kind: "tool", summary: "Fine." },
        { slug: "rec-skip-ok-2", name: "Rec Skip OK 2", kind: "tool", summary: "Fine." },
        { slug: "Rec Skip Bad", name: "Bad", kind: "tool", summary: "Bad slug." },
        { slug: "rec-skip-ok", name: "Rec Skip Dup", kind: "tool", summary: "Changed." },
      ],
      relations: [{ source: "rec-skip-ok", type: "no-such-type", target: "rec-skip-ok-2" }],
    };
    const res = await t.gql(
      `mutation($input: ImportInput!) { importGraph(input: $input) { created updated skipped } }`,
      { input: { format: "json", content: JSON.stringify(doc), skipInvalid: true } },
    );
    expect(res.errors).toBeUndefined();
    const report = res.data!.importGraph;
    expect(report.skipped).toBeGreaterThan(0);
    const made = (await allRecords()).slice(before);
    expect(made).toHaveLength(report.created + report.updated);
    expect(made.every((r) => r.entity === "concept")).toBe(true);
  });

  it("records who made the change: the request's actor, and seed for the seed", async () => {
    await runAs({ name: "alice", role: "editor" }, () =>
      t.app.services.concepts.create(buildConcept({ slug: "rec-alice" })),
    );
    await seedGraph(t.app.services, {
      sources: [],
      relationTypes: [],
      concepts: [{ slug: "rec-seeded", name: "Rec Seeded", kind: "concept", summary: "Seeded." }],
      relations: [],
      notes: [],
    });
    const records = await allRecords();
    expect(records.find((r) => r.key === "rec-alice")!.actor).toBe("alice");
    expect(records.find((r) => r.key === "rec-seeded")!.actor).toBe("seed");
  });

  it("gives the emitted change events their record id", async () => {
    const seen: (number | undefined)[] = [];
    const stop = t.app.services.changes.subscribe((c) => seen.push(c.changeId));
    await recordsOf(CREATE, { input: buildConcept({ slug: "rec-event" }) });
    stop();
    const last = (await allRecords()).at(-1)!;
    expect(seen).toEqual([last.id]);
  });
});

describe("history(slug)", () => {
  it("lists the changes of a concept, its relations and notes, newest first, paginated", async () => {
    await recordsOf(CREATE, { input: buildConcept({ slug: "hist-a" }) });
    await recordsOf(CREATE, { input: buildConcept({ slug: "hist-b" }) });
    await recordsOf(
      `mutation { createRelationType(input: { key: "hist-rel", label: "rel" }) { key } }`,
    );
    const rel = await recordsOf(
      `mutation { createRelation(input: { source: "hist-b", type: "hist-rel", target: "hist-a" }) { id } }`,
    );
    await recordsOf(`mutation { addNote(input: { concept: "hist-a", body: "n" }) { id } }`);
    await recordsOf(
      `mutation { updateConcept(slug: "hist-a", input: { summary: "S." }) { slug } }`,
    );

    const q = `query($first: Int, $after: String) { history(slug: "hist-a", first: $first, after: $after) {
      totalCount edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = await t.gql(q, { first: 2 });
    expect(page1.errors).toBeUndefined();
    const h = page1.data!.history;
    expect(h.totalCount).toBe(4);
    expect(h.edges.map((e: any) => [e.node.entity, e.node.op])).toEqual([
      ["concept", "update"],
      ["note", "create"],
    ]);
    expect(h.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql(q, { first: 2, after: h.pageInfo.endCursor });
    expect(page2.data!.history.edges.map((e: any) => [e.node.entity, e.node.key])).toEqual([
      ["relation", rel.data.createRelation.id],
      ["concept", "hist-a"],
    ]);
    expect(page2.data!.history.pageInfo.hasNextPage).toBe(false);
    expect(page2.data!.history.edges[1].node.after).toMatchObject({ slug: "hist-a" });
  });

  it("stays readable after the concept is deleted; NOT_FOUND for a slug that never was", async () => {
    await recordsOf(CREATE, { input: buildConcept({ slug: "hist-gone" }) });
    await recordsOf(`mutation { deleteConcept(slug: "hist-gone") { slug } }`);
    const res = await t.gql(`{ history(slug: "hist-gone") { edges { node { op } } } }`);
    expect(res.data!.history.edges.map((e: any) => e.node.op)).toEqual(["delete", "create"]);
    expectError(await t.gql(`{ history(slug: "never-was") { totalCount } }`), "NOT_FOUND", "slug");
    // A concept stored before history was recorded has an empty history, not NOT_FOUND.
    await t.app.db.prisma.concept.create({
      data: {
        slug: "hist-quiet",
        name: "Hist Quiet",
        nameKey: "hist quiet",
        kind: "concept",
        summary: "Q.",
      },
    });
    const quiet = await t.gql(`{ history(slug: "hist-quiet") { totalCount edges { cursor } } }`);
    expect(quiet.data!.history).toEqual({ totalCount: 0, edges: [] });
    expectError(
      await t.gql(`{ history(slug: "hist-a", after: "bogus") { totalCount } }`),
      "BAD_USER_INPUT",
      "after",
    );
    expectError(
      await t.gql(`{ history(slug: "hist-a", first: 101) { totalCount } }`),
      "BAD_USER_INPUT",
      "first",
    );
  });

  it("is served over REST too, with the same errors", async () => {
    const res = await fetch(`${t.url}/api/v1/concepts/hist-a/history?first=1`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ totalCount: 4, hasNextPage: true });
    expect(body.items[0]).toMatchObject({
      entity: "concept",
      op: "update",
      key: "hist-a",
      subjects: ["hist-a"],
    });
    expect(body.items[0].before).toMatchObject({ slug: "hist-a" });
    const missing = await fetch(`${t.url}/api/v1/concepts/never-was/history`);
    expect(missing.status).toBe(404);
    const bad = await fetch(`${t.url}/api/v1/concepts/hist-a/history?after=bogus`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
  });
});

describe("note revisions", () => {
  it("lists every version of a note with who and when, oldest first", async () => {
    await recordsOf(CREATE, { input: buildConcept({ slug: "rev-a" }) });
    const add = await recordsOf(
      `mutation { addNote(input: { concept: "rev-a", body: "v1", author: "ann" }) { id } }`,
    );
    const id = add.data.addNote.id as string;
    await runAs({ name: "bob", role: "editor" }, () =>
      t.app.services.notes.update(id, { body: "v2" }),
    );
    await recordsOf(
      `mutation { updateNote(id: "${id}", input: { body: "v3", author: "cy" }) { id } }`,
    );
    const res = await t.gql(
      `{ note(id: "${id}") { body revisions { version body author actor at changeId } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(
      res.data!.note.revisions.map((r: any) => [r.version, r.body, r.author, r.actor]),
    ).toEqual([
      [1, "v1", "ann", "test-admin"],
      [2, "v2", "ann", "bob"],
      [3, "v3", "cy", "test-admin"],
    ]);
    expect(new Date(res.data!.note.revisions[0].at).getTime()).toBeGreaterThan(0);
  });
});
