import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConcepts, createRelationType } from "./factories.js";
import { type TestApp, buildConcept, expectError, fakeSecrets, startTestApp } from "./helpers.js";

let t: TestApp;
const CREATE_CONCEPT = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const CREATE_TYPE = `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key label inverseLabel symmetric sourceKinds targetKinds } }`;
const CREATE = `mutation($input: RelationInput!) { createRelation(input: $input) { id description type { key } source { slug } target { slug } } }`;

beforeAll(async () => {
  t = await startTestApp();
  await createConcepts(
    t,
    (
      [
        ["pod", "resource"],
        ["node", "resource"],
        ["calico", "plugin"],
        ["flannel", "plugin"],
        ["cni", "interface"],
        ["bgp", "protocol"],
      ] as const
    ).map(([slug, kind]) => ({ slug, name: slug, kind })),
  );
  await createRelationType(t, { key: "runs-on", label: "runs on", inverseLabel: "hosts" });
  await createRelationType(t, {
    key: "implements-cni",
    label: "implements CNI",
    inverseLabel: "CNI implemented by",
    sourceKinds: ["plugin"],
    targetKinds: ["interface"],
  });
});
afterAll(() => t.close());

describe("relation types", () => {
  it("adds a new type through the API and uses it at once, no restart", async () => {
    const res = await t.gql(CREATE_TYPE, {
      input: {
        key: "alternative-to",
        label: "alternative to",
        symmetric: true,
        description: "Either can be used.",
      },
    });
    expect(res.data!.createRelationType).toEqual({
      key: "alternative-to",
      label: "alternative to",
      inverseLabel: "alternative to",
      symmetric: true,
      sourceKinds: null,
      targetKinds: null,
    });
    const rel = await t.gql(CREATE, {
      input: { source: "calico", type: "alternative-to", target: "flannel" },
    });
    expect(rel.data!.createRelation.type.key).toBe("alternative-to");
    const all = await t.gql(`{ relationTypes { key } }`);
    expect(all.data!.relationTypes.map((r: { key: string }) => r.key)).toEqual([
      "alternative-to",
      "implements-cni",
      "runs-on",
    ]);
  });

  it("refuses a duplicate key, a bad key and an empty label", async () => {
    const before = await t.snapshot();
    expectError(
      await t.gql(CREATE_TYPE, { input: { key: "runs-on", label: "x" } }),
      "CONFLICT",
      "input.key",
    );
    expectError(
      await t.gql(CREATE_TYPE, { input: { key: "Runs On", label: "x" } }),
      "BAD_USER_INPUT",
      "input.key",
    );
    expectError(
      await t.gql(CREATE_TYPE, { input: { key: "x-y", label: " " } }),
      "BAD_USER_INPUT",
      "input.label",
    );
    expect(await t.snapshot()).toBe(before);
  });

  it("updates labels, and deletes only unused types", async () => {
    await t.gql(CREATE_TYPE, { input: { key: "temp-type", label: "temp" } });
    const upd = await t.gql(
      `mutation { updateRelationType(key: "temp-type", input: { inverseLabel: "pmet" }) { inverseLabel } }`,
    );
    expect(upd.data!.updateRelationType.inverseLabel).toBe("pmet");
    expect(
      (await t.gql(`mutation { deleteRelationType(key: "temp-type") }`)).data!.deleteRelationType,
    ).toBe("temp-type");
    expectError(
      await t.gql(`mutation { deleteRelationType(key: "alternative-to") }`),
      "CONFLICT",
      "key",
    );
    expectError(
      await t.gql(`mutation { deleteRelationType(key: "temp-type") }`),
      "NOT_FOUND",
      "key",
    );
  });
});

describe("createRelation", () => {
  it("creates a relation readable from both ends with labels", async () => {
    const res = await t.gql(CREATE, {
      input: {
        source: "pod",
        type: "runs-on",
        target: "node",
        description: "Scheduled onto exactly one node.",
        sources: [{ uri: "urn:test:notes", title: "Test notes", locator: "L3-L4" }],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createRelation).toMatchObject({
      description: "Scheduled onto exactly one node.",
      source: { slug: "pod" },
      target: { slug: "node" },
    });
    const node = await t.gql(`{ concept(slug: "node") {
      relations(direction: IN) { type { key } source { slug } sources { uri locator } }
      out: relations(direction: OUT) { id }
      related { direction label concept { slug } } } }`);
    expect(node.data!.concept).toEqual({
      relations: [
        {
          type: { key: "runs-on" },
          source: { slug: "pod" },
          sources: [{ uri: "urn:test:notes", locator: "L3-L4" }],
        },
      ],
      out: [],
      related: [{ direction: "IN", label: "hosts", concept: { slug: "pod" } }],
    });
    const pod = await t.gql(
      `{ concept(slug: "pod") { related(direction: OUT) { label concept { slug } } } }`,
    );
    expect(pod.data!.concept.related).toEqual([{ label: "runs on", concept: { slug: "node" } }]);
  });

  it("answers 'what implements CNI?' through relations filtered by type", async () => {
    await t.gql(CREATE, { input: { source: "calico", type: "implements-cni", target: "cni" } });
    await t.gql(CREATE, { input: { source: "flannel", type: "implements-cni", target: "cni" } });
    const res = await t.gql(
      `{ relations(filter: { type: "implements-cni", target: "cni" }) { totalCount edges { node { source { slug } } } } }`,
    );
    expect(res.data!.relations.totalCount).toBe(2);
    expect(res.data!.relations.edges.map((e: any) => e.node.source.slug).sort()).toEqual([
      "calico",
      "flannel",
    ]);
    const byType = await t.gql(
      `{ concept(slug: "cni") { relations(direction: IN, types: ["implements-cni"]) { source { slug } } } }`,
    );
    expect(byType.data!.concept.relations).toHaveLength(2);
  });

  it.each([
    ["self-loop", { source: "pod", type: "runs-on", target: "pod" }, "input.target"],
    [
      "missing source concept",
      { source: "ghost", type: "runs-on", target: "node" },
      "input.source",
    ],
    ["missing target concept", { source: "pod", type: "runs-on", target: "ghost" }, "input.target"],
    ["unknown type", { source: "pod", type: "haunts", target: "node" }, "input.type"],
    ["bad slug", { source: "Pod!", type: "runs-on", target: "node" }, "input.source"],
    ["wrong source kind", { source: "pod", type: "implements-cni", target: "cni" }, "input.source"],
    [
      "wrong target kind",
      { source: "calico", type: "implements-cni", target: "bgp" },
      "input.target",
    ],
    [
      "over-long description",
      { source: "node", type: "runs-on", target: "bgp", description: "x".repeat(501) },
      "input.description",
    ],
    [
      "credential in description",
      { source: "node", type: "runs-on", target: "bgp", description: fakeSecrets.urlPassword() },
      "input.description",
    ],
  ])("refuses a %s with BAD_USER_INPUT, writing nothing", async (_n, input, field) => {
    const before = await t.snapshot();
    expectError(await t.gql(CREATE, { input }), "BAD_USER_INPUT", field);
    expect(await t.snapshot()).toBe(before);
  });

  it("refuses a duplicate, and the reverse of a symmetric relation, with CONFLICT", async () => {
    const before = await t.snapshot();
    const dup = expectError(
      await t.gql(CREATE, { input: { source: "pod", type: "runs-on", target: "node" } }),
      "CONFLICT",
      "input",
    );
    expect(dup.extensions!.id).toBeDefined();
    expectError(
      await t.gql(CREATE, {
        input: { source: "flannel", type: "alternative-to", target: "calico" },
      }),
      "CONFLICT",
      "input",
    );
    expect(await t.snapshot()).toBe(before);
  });

  it("upsertRelation is idempotent and updates the description", async () => {
    const q = `mutation($input: RelationInput!) { upsertRelation(input: $input) { id description version } }`;
    const input = {
      source: "calico",
      type: "runs-on",
      target: "node",
      description: "As a DaemonSet.",
    };
    const a = await t.gql(q, { input });
    const snap = await t.snapshot();
    const b = await t.gql(q, { input });
    expect(b.data).toEqual(a.data);
    expect(await t.snapshot()).toBe(snap);
    const c = await t.gql(q, { input: { ...input, description: "One agent per node." } });
    expect(c.data!.upsertRelation).toEqual({
      id: a.data!.upsertRelation.id,
      description: "One agent per node.",
      version: 2,
    });
  });

  it("updates and deletes a relation; unknown ids are NOT_FOUND", async () => {
    const created = await t.gql(CREATE, {
      input: { source: "bgp", type: "runs-on", target: "node" },
    });
    const id = created.data!.createRelation.id;
    const upd = await t.gql(
      `mutation($id: ID!) { updateRelation(id: $id, input: { description: "Between routers." }) { description } }`,
      { id },
    );
    expect(upd.data!.updateRelation.description).toBe("Between routers.");
    const del = await t.gql(`mutation($id: ID!) { deleteRelation(id: $id) }`, { id });
    expect(del.data!.deleteRelation).toBe(id);
    expect(
      (await t.gql(`query($id: ID!) { relation(id: $id) { id } }`, { id })).data!.relation,
    ).toBeNull();
    expectError(
      await t.gql(`mutation($id: ID!) { deleteRelation(id: $id) }`, { id }),
      "NOT_FOUND",
      "id",
    );
    expectError(
      await t.gql(`mutation { updateRelation(id: "999999", input: { description: "x" }) { id } }`),
      "NOT_FOUND",
      "id",
    );
    expectError(await t.gql(`mutation { deleteRelation(id: "abc") }`), "BAD_USER_INPUT", "id");
  });
});

describe("deleteConcept", () => {
  it("refuses while relations exist, then cascades relations and notes in one transaction", async () => {
    await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "doomed", kind: "resource" }) });
    const rel = await t.gql(CREATE, {
      input: { source: "doomed", type: "runs-on", target: "node" },
    });
    const relId = rel.data!.createRelation.id;
    await t.gql(
      `mutation($id: ID!) { addNote(input: { relation: $id, body: "On the relation." }) { id } }`,
      { id: relId },
    );
    await t.gql(
      `mutation { addNote(input: { concept: "doomed", body: "On the concept." }) { id } }`,
    );
    const before = await t.snapshot();
    const refused = expectError(
      await t.gql(`mutation { deleteConcept(slug: "doomed") { slug } }`),
      "CONFLICT",
      "cascade",
    );
    expect(refused.extensions!.relations).toBe(1);
    expect(await t.snapshot()).toBe(before);

    const res = await t.gql(
      `mutation { deleteConcept(slug: "doomed", cascade: true) { slug deletedRelations deletedNotes } }`,
    );
    expect(res.data!.deleteConcept).toEqual({
      slug: "doomed",
      deletedRelations: 1,
      deletedNotes: 2,
    });
    expect((await t.gql(`{ concept(slug: "doomed") { slug } }`)).data!.concept).toBeNull();
    expect(
      (await t.gql(`query($id: ID!) { relation(id: $id) { id } }`, { id: relId })).data!.relation,
    ).toBeNull();
    const orphans = await t.app.db.prisma.note.count({
      where: { conceptId: null, relationId: null },
    });
    expect(orphans).toBe(0);
  });

  it("deletes a concept without relations, and answers NOT_FOUND for an unknown slug", async () => {
    await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "lonely" }) });
    const res = await t.gql(`mutation { deleteConcept(slug: "lonely") { deletedRelations } }`);
    expect(res.data!.deleteConcept.deletedRelations).toBe(0);
    expectError(
      await t.gql(`mutation { deleteConcept(slug: "lonely") { slug } }`),
      "NOT_FOUND",
      "slug",
    );
  });
});
