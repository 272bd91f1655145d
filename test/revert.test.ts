import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRelationType } from "./factories.js";
import { type TestApp, bearer, buildConcept, expectError, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await createRelationType(t, { key: "rv-uses", label: "uses", inverseLabel: "used by" });
});
afterAll(() => t.close());

const REVERT = `mutation($id: Int!) { revert(changeId: $id) {
  reverted { id op entity key } changes { id op entity key revertOf actor } } }`;

/** Runs a write and returns the id of the change it recorded (the newest one). */
async function write(query: string, variables?: Record<string, unknown>) {
  const res = await t.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const last = await t.app.db.prisma.changeRecord.findFirst({ orderBy: { id: "desc" } });
  return { data: res.data!, changeId: last!.id };
}

async function revert(id: number) {
  const res = await t.gql(REVERT, { id });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.revert as {
    reverted: { id: number; op: string };
    changes: { id: number; op: string; entity: string; revertOf: number }[];
  };
}

const createConcept = (input: Record<string, unknown>) =>
  write(`mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`, { input });
const relate = (source: string, target: string, description?: string) =>
  write(
    `mutation($d: String) { createRelation(input: { source: "${source}", type: "rv-uses", target: "${target}", description: $d }) { id } }`,
    { d: description ?? null },
  );
const CONCEPT = `query($slug: String!) { concept(slug: $slug) { slug name summary tags aliases docsUrl
  notes { body author } relations { description source { slug } target { slug } notes { body } } } }`;
const read = async (slug: string) => (await t.gql(CONCEPT, { slug })).data!.concept;

describe("revert", () => {
  it("undoes a concept create, update and delete", async () => {
    const created = await createConcept(buildConcept({ slug: "rv-c" }));
    const r1 = await revert(created.changeId);
    expect(r1.reverted).toMatchObject({ id: created.changeId, op: "create" });
    expect(r1.changes).toMatchObject([
      { op: "delete", entity: "concept", revertOf: created.changeId, actor: "test-admin" },
    ]);
    expect(await read("rv-c")).toBeNull();

    await createConcept(
      buildConcept({ slug: "rv-u", summary: "Old.", tags: ["a"], aliases: ["Rv U Old"] }),
    );
    const before = await read("rv-u");
    const upd = await write(
      `mutation { updateConcept(slug: "rv-u", input: { summary: "New.", tags: ["b"], docsUrl: "https://example.com/x" }) { slug } }`,
    );
    await revert(upd.changeId);
    expect(await read("rv-u")).toEqual(before);

    const alias = await write(`mutation { addAlias(slug: "rv-u", alias: "Rv U New") { slug } }`);
    await revert(alias.changeId);
    expect((await read("rv-u")).aliases).toEqual(["Rv U Old"]);
  });

  it("brings a deleted concept back with its aliases, tags, relations and notes", async () => {
    await createConcept(
      buildConcept({ slug: "rv-hub", tags: ["core"], aliases: ["Rv Hub Alias"] }),
    );
    await createConcept(buildConcept({ slug: "rv-x" }));
    await createConcept(buildConcept({ slug: "rv-y" }));
    const rel = await relate("rv-hub", "rv-x", "hub uses x");
    await relate("rv-y", "rv-hub");
    await write(
      `mutation { addNote(input: { relation: "${rel.data.createRelation.id}", body: "on the relation" }) { id } }`,
    );
    await write(
      `mutation { addNote(input: { concept: "rv-hub", body: "on the hub", author: "ann" }) { id } }`,
    );
    const before = await read("rv-hub");
    expect(before.relations).toHaveLength(2);

    const del = await write(`mutation { deleteConcept(slug: "rv-hub", cascade: true) { slug } }`);
    expect(await read("rv-hub")).toBeNull();
    // The other ends see the cascade in their history.
    const xHistory = await t.gql(`{ history(slug: "rv-x", first: 1) { edges { node { id } } } }`);
    expect(xHistory.data!.history.edges[0].node.id).toBe(del.changeId);

    const r = await revert(del.changeId);
    expect(r.changes.map((c) => [c.entity, c.op])).toEqual([
      ["concept", "create"],
      ["relation", "create"],
      ["note", "create"],
      ["relation", "create"],
      ["note", "create"],
    ]);
    expect(r.changes.every((c) => c.revertOf === del.changeId)).toBe(true);
    expect(await read("rv-hub")).toEqual(before);
    // The read index follows: traversal sees the restored relations.
    const nb = await t.gql(`{ neighborhood(slug: "rv-hub", depth: 1) { nodes { slug } } }`);
    expect(nb.errors).toBeUndefined();
    expect(nb.data!.neighborhood.nodes.map((n: any) => n.slug).sort()).toEqual([
      "rv-hub",
      "rv-x",
      "rv-y",
    ]);
  });

  it("undoes relation and note creates, updates and deletes", async () => {
    await createConcept(buildConcept({ slug: "rv-r1" }));
    await createConcept(buildConcept({ slug: "rv-r2" }));
    const rel = await relate("rv-r1", "rv-r2", "first");
    const relId = rel.data.createRelation.id as string;
    const upd = await write(
      `mutation { updateRelation(id: "${relId}", input: { description: "second" }) { id } }`,
    );
    await revert(upd.changeId);
    const q = `{ relation(id: "${relId}") { description notes { body author } } }`;
    expect((await t.gql(q)).data!.relation).toEqual({ description: "first", notes: [] });

    const note = await write(
      `mutation { addNote(input: { relation: "${relId}", body: "b1", author: "a" }) { id } }`,
    );
    const noteId = note.data.addNote.id as string;
    const nupd = await write(
      `mutation { updateNote(id: "${noteId}", input: { body: "b2", author: null }) { id } }`,
    );
    await revert(nupd.changeId);
    expect((await t.gql(q)).data!.relation.notes).toEqual([{ body: "b1", author: "a" }]);

    const ndel = await write(`mutation { deleteNote(id: "${noteId}") }`);
    await revert(ndel.changeId);
    expect((await t.gql(q)).data!.relation.notes).toEqual([{ body: "b1", author: "a" }]);

    const rdel = await write(`mutation { deleteRelation(id: "${relId}") }`);
    const back = await revert(rdel.changeId);
    expect(back.changes.map((c) => c.entity)).toEqual(["relation", "note"]);
    const restored = (await read("rv-r1")).relations;
    expect(restored).toEqual([
      {
        description: "first",
        source: { slug: "rv-r1" },
        target: { slug: "rv-r2" },
        notes: [{ body: "b1" }],
      },
    ]);

    const rel2 = await relate("rv-r2", "rv-r1");
    await revert(rel2.changeId);
    expect((await read("rv-r2")).relations).toHaveLength(1);
    const n2 = await write(
      `mutation { addNote(input: { concept: "rv-r2", body: "gone soon" }) { id } }`,
    );
    await revert(n2.changeId);
    expect((await read("rv-r2")).notes).toEqual([]);
  });

  it("refuses with CONFLICT when the entity changed since or cannot be restored, changing nothing", async () => {
    await createConcept(buildConcept({ slug: "rv-k", summary: "One." }));
    const first = await write(
      `mutation { updateConcept(slug: "rv-k", input: { summary: "Two." }) { slug } }`,
    );
    const second = await write(
      `mutation { updateConcept(slug: "rv-k", input: { summary: "Three." }) { slug } }`,
    );
    let snap = await t.snapshot();
    let err = expectError(await t.gql(REVERT, { id: first.changeId }), "CONFLICT", "changeId");
    expect(err.message).toContain(`change ${second.changeId}`);
    expect(err.extensions!.laterChangeId).toBe(second.changeId);
    expect(await t.snapshot()).toBe(snap);
    // Newest first works.
    await revert(second.changeId);
    await revert(first.changeId);
    expect((await read("rv-k")).summary).toBe("One.");

    // A delete whose slug was taken again since cannot be undone.
    await createConcept(buildConcept({ slug: "rv-taken" }));
    const del = await write(`mutation { deleteConcept(slug: "rv-taken") { slug } }`);
    await createConcept(buildConcept({ slug: "rv-taken" }));
    snap = await t.snapshot();
    expectError(await t.gql(REVERT, { id: del.changeId }), "CONFLICT", "changeId");
    expect(await t.snapshot()).toBe(snap);

    // A deleted concept whose relation's other end is gone: nothing is restored at all.
    await createConcept(buildConcept({ slug: "rv-p" }));
    await createConcept(buildConcept({ slug: "rv-q" }));
    await relate("rv-p", "rv-q");
    const pdel = await write(`mutation { deleteConcept(slug: "rv-p", cascade: true) { slug } }`);
    await write(`mutation { deleteConcept(slug: "rv-q") { slug } }`);
    snap = await t.snapshot();
    err = expectError(await t.gql(REVERT, { id: pdel.changeId }), "CONFLICT", "changeId");
    expect(err.message).toContain("rv-q");
    expect(await t.snapshot()).toBe(snap);
    expect(await read("rv-p")).toBeNull();

    // Undoing a create that later writes hang on.
    const made = await createConcept(buildConcept({ slug: "rv-used" }));
    await write(`mutation { addNote(input: { concept: "rv-used", body: "keep me" }) { id } }`);
    expectError(await t.gql(REVERT, { id: made.changeId }), "CONFLICT", "changeId");
    expect(await read("rv-used")).not.toBeNull();

    expectError(await t.gql(REVERT, { id: 999_999 }), "NOT_FOUND", "changeId");
    expectError(await t.gql(REVERT, { id: 0 }), "BAD_USER_INPUT", "changeId");
  });

  it("is served over REST: POST /api/v1/changes/:id/revert", async () => {
    const made = await createConcept(buildConcept({ slug: "rv-rest" }));
    const res = await fetch(`${t.url}/api/v1/changes/${made.changeId}/revert`, {
      method: "POST",
      headers: bearer(t.adminKey),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.reverted).toMatchObject({ id: made.changeId, op: "create", key: "rv-rest" });
    expect(body.changes).toMatchObject([{ op: "delete", revertOf: made.changeId }]);
    const again = await fetch(`${t.url}/api/v1/changes/${made.changeId}/revert`, {
      method: "POST",
      headers: bearer(t.adminKey),
    });
    // Revert is for admins: an editor's key is refused, a missing key is unauthenticated.
    const editor = await t.createKey("editor");
    const asEditor = await fetch(`${t.url}/api/v1/changes/${made.changeId}/revert`, {
      method: "POST",
      headers: bearer(editor),
    });
    expect(asEditor.status).toBe(403);
    const anonymous = await fetch(`${t.url}/api/v1/changes/${made.changeId}/revert`, {
      method: "POST",
    });
    expect(anonymous.status).toBe(401);
    expect(again.status).toBe(409);
    expect(((await again.json()) as any).error).toMatchObject({
      code: "CONFLICT",
      field: "changeId",
    });
    const bad = await fetch(`${t.url}/api/v1/changes/abc/revert`, {
      method: "POST",
      headers: bearer(t.adminKey),
    });
    expect(bad.status).toBe(400);
    const missing = await fetch(`${t.url}/api/v1/changes/999999/revert`, {
      method: "POST",
      headers: bearer(t.adminKey),
    });
    expect(missing.status).toBe(404);
  });
});
