import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, buildConcept, expectError, startTestApp } from "./helpers.js";

let seeded: TestApp;
let t: TestApp;

const CREATE_CONCEPT = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const CREATE_TYPE = `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key } }`;
const CREATE = `mutation($input: RelationInput!) { createRelation(input: $input) { id } }`;
const PATHS = `query($from: String!, $to: String!, $first: Int, $types: [String!], $direction: Direction, $maxDepth: Int) {
  paths(from: $from, to: $to, first: $first, types: $types, direction: $direction, maxDepth: $maxDepth) {
    length text steps { from { slug } concept { slug } direction label relation { id sources { uri } } } } }`;
const HOOD = `query($slug: String!, $depth: Int, $limit: Int, $direction: Direction, $types: [String!]) {
  neighborhood(slug: $slug, depth: $depth, limit: $limit, direction: $direction, types: $types) {
    truncated center { slug } nodes { slug } edges { id source { slug } target { slug } } } }`;

const relationIds = new Map<string, string>();
async function link(source: string, target: string, type = "links") {
  const res = await t.gql(CREATE, { input: { source, type, target } });
  expect(res.errors).toBeUndefined();
  relationIds.set(`${source}>${target}`, res.data!.createRelation.id);
}
const slugsOf = (path: { steps: { concept: { slug: string } }[] }) =>
  path.steps.map((s) => s.concept.slug);

beforeAll(async () => {
  [seeded, t] = await Promise.all([startTestApp({ SEED_ON_START: "true" }), startTestApp()]);
  await t.gql(CREATE_TYPE, {
    input: { key: "links", label: "links to", inverseLabel: "linked from" },
  });
  await t.gql(CREATE_TYPE, { input: { key: "other", label: "other", inverseLabel: "other of" } });
  const slugs = ["s", "x", "y", "z", "w", "tt", "c1", "c2", "c3", "island", "hub"];
  for (let i = 0; i < 8; i++) slugs.push(`leaf${i}`);
  for (const slug of slugs)
    await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug, name: slug.toUpperCase() }) });
  // s -> x -> tt and s -> y -> tt (two shortest), s -> z -> w -> tt (longer); x -> tt is "other".
  await link("s", "x");
  await link("x", "tt", "other");
  await link("s", "y");
  await link("y", "tt");
  await link("s", "z");
  await link("z", "w");
  await link("w", "tt");
  // A cycle, and a hub with eight leaves.
  await link("c1", "c2");
  await link("c2", "c3");
  await link("c3", "c1");
  for (let i = 0; i < 8; i++) await link("hub", `leaf${i}`);
});
afterAll(async () => {
  await Promise.all([seeded.close(), t.close()]);
});

describe("paths on the seeded graph", () => {
  it("reads ingress -> pod with labels, directions and sources", async () => {
    const res = await seeded.gql(PATHS, {
      from: "ingress",
      to: "pod",
      types: ["routes-to", "exposes"],
    });
    expect(res.errors).toBeUndefined();
    const [path] = res.data!.paths;
    expect(path.text).toBe("Ingress routes to Service, Service exposes Pod");
    expect(path.steps.map((s: { label: string }) => s.label)).toEqual(["routes to", "exposes"]);
    expect(path.steps.map((s: { direction: string }) => s.direction)).toEqual([
      "FORWARD",
      "FORWARD",
    ]);
    expect(path.steps[0].relation.sources.length).toBeGreaterThan(0);
  });

  it("walking against relations uses inverse labels", async () => {
    const res = await seeded.gql(PATHS, {
      from: "pod",
      to: "ingress",
      types: ["routes-to", "exposes"],
    });
    const [path] = res.data!.paths;
    expect(path.steps.map((s: { label: string }) => s.label)).toEqual([
      "exposed by",
      "receives traffic from",
    ]);
    expect(path.steps[0].direction).toBe("BACKWARD");
  });

  it("without filters the shortest has two steps, and first: 3 gives three distinct ones", async () => {
    const res = await seeded.gql(PATHS, { from: "ingress", to: "pod", first: 3 });
    const paths = res.data!.paths as { length: number; text: string }[];
    expect(paths).toHaveLength(3);
    expect(paths.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(new Set(paths.map((p) => p.text)).size).toBe(3);
  });
});

describe("paths on a small graph", () => {
  it("finds both shortest paths first, then the longer one", async () => {
    const res = await t.gql(PATHS, { from: "s", to: "tt", first: 5 });
    const paths = res.data!.paths;
    expect(paths.map(slugsOf)).toEqual([
      ["x", "tt"],
      ["y", "tt"],
      ["z", "w", "tt"],
    ]);
  });

  it("type filters and direction restrict what is followed", async () => {
    const onlyLinks = await t.gql(PATHS, { from: "s", to: "tt", types: ["links"], first: 5 });
    expect(onlyLinks.data!.paths.map(slugsOf)).toEqual([
      ["y", "tt"],
      ["z", "w", "tt"],
    ]);
    const out = await t.gql(PATHS, { from: "tt", to: "s", direction: "OUT" });
    expect(out.data!.paths).toEqual([]);
    const inward = await t.gql(PATHS, { from: "tt", to: "s", direction: "IN" });
    expect(inward.data!.paths[0].steps.map((s: { label: string }) => s.label)).toEqual([
      "other of",
      "linked from",
    ]);
  });

  it("maxDepth bounds the length; no path is an empty list", async () => {
    const short = await t.gql(PATHS, { from: "s", to: "tt", types: ["links"], maxDepth: 1 });
    expect(short.data!.paths).toEqual([]);
    const island = await t.gql(PATHS, { from: "s", to: "island" });
    expect(island.errors).toBeUndefined();
    expect(island.data!.paths).toEqual([]);
  });

  it("goes round a cycle either way", async () => {
    const res = await t.gql(PATHS, { from: "c1", to: "c3", first: 2 });
    expect(res.data!.paths.map(slugsOf)).toEqual([["c3"], ["c2", "c3"]]);
    expect(res.data!.paths[0].steps[0].direction).toBe("BACKWARD");
  });

  it("refuses bad arguments with typed errors", async () => {
    expectError(await t.gql(PATHS, { from: "nope", to: "tt" }), "NOT_FOUND", "from");
    expectError(await t.gql(PATHS, { from: "s", to: "nope" }), "NOT_FOUND", "to");
    expectError(
      await t.gql(PATHS, { from: "s", to: "tt", maxDepth: 0 }),
      "BAD_USER_INPUT",
      "maxDepth",
    );
    expectError(
      await t.gql(PATHS, { from: "s", to: "tt", maxDepth: 5 }),
      "BAD_USER_INPUT",
      "maxDepth",
    );
    expectError(await t.gql(PATHS, { from: "s", to: "tt", first: 11 }), "BAD_USER_INPUT", "first");
    expectError(
      await t.gql(PATHS, { from: "s", to: "tt", types: ["nope"] }),
      "BAD_USER_INPUT",
      "types[0]",
    );
    expectError(await t.gql(PATHS, { from: "s", to: "s" }), "BAD_USER_INPUT", "to");
  });
});

describe("neighborhood", () => {
  it("edges carry every field of their relations, as the concept's own relations do", async () => {
    // Edges are read from the index by id only when a field is asked for (RelationRef).
    const FIELDS = `id type { key } source { slug } target { slug } description version
      createdAt updatedAt sources { uri } notes { body }`;
    const hood = await seeded.gql(
      `{ neighborhood(slug: "etcd", depth: 1) { edges { ${FIELDS} } } }`,
    );
    const own = await seeded.gql(`{ concept(slug: "etcd") { relations { ${FIELDS} } } }`);
    expect(hood.errors).toBeUndefined();
    const byId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);
    const touching = hood.data!.neighborhood.edges.filter(
      (e: { source: { slug: string }; target: { slug: string } }) =>
        e.source.slug === "etcd" || e.target.slug === "etcd",
    );
    expect(touching.length).toBeGreaterThan(3);
    expect(touching.sort(byId)).toEqual([...own.data!.concept.relations].sort(byId));
    expect(touching.some((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
  });

  it("etcd at depth 2 on the seeded graph: etcd, its neighbours, theirs, and the relations among them", async () => {
    const one = await seeded.gql(HOOD, { slug: "etcd", depth: 1 });
    const two = await seeded.gql(HOOD, { slug: "etcd", depth: 2 });
    const n1 = one.data!.neighborhood;
    const n2 = two.data!.neighborhood;
    expect(n1.center.slug).toBe("etcd");
    expect(n1.nodes[0].slug).toBe("etcd");
    const ones = n1.nodes.map((n: { slug: string }) => n.slug);
    expect(ones).toContain("kube-apiserver");
    expect(n2.nodes.length).toBeGreaterThan(n1.nodes.length);
    const twos = new Set(n2.nodes.map((n: { slug: string }) => n.slug));
    for (const s of ones) expect(twos.has(s)).toBe(true);
    expect(n2.truncated).toBe(false);
    for (const e of n2.edges) {
      expect(twos.has(e.source.slug) && twos.has(e.target.slug)).toBe(true);
    }
  });

  it("cuts at the limit and says truncated", async () => {
    const cut = await t.gql(HOOD, { slug: "hub", limit: 5 });
    expect(cut.data!.neighborhood.nodes).toHaveLength(5);
    expect(cut.data!.neighborhood.truncated).toBe(true);
    expect(cut.data!.neighborhood.edges).toHaveLength(4);
    const all = await t.gql(HOOD, { slug: "hub", limit: 9 });
    expect(all.data!.neighborhood.nodes).toHaveLength(9);
    expect(all.data!.neighborhood.truncated).toBe(false);
  });

  it("follows direction and types, and includes edges among the nodes reached", async () => {
    const out = await t.gql(HOOD, { slug: "x", depth: 1, direction: "OUT" });
    expect(out.data!.neighborhood.nodes.map((n: { slug: string }) => n.slug)).toEqual(["x", "tt"]);
    const cycle = await t.gql(HOOD, { slug: "c1", depth: 1 });
    // c2 and c3 are one hop from c1 each way; c2 -> c3 joins them.
    expect(cycle.data!.neighborhood.edges).toHaveLength(3);
    const typed = await t.gql(HOOD, { slug: "tt", depth: 1, types: ["other"] });
    expect(typed.data!.neighborhood.nodes.map((n: { slug: string }) => n.slug)).toEqual([
      "tt",
      "x",
    ]);
  });

  it("refuses bad arguments with typed errors", async () => {
    expectError(await t.gql(HOOD, { slug: "nope" }), "NOT_FOUND", "slug");
    expectError(await t.gql(HOOD, { slug: "s", depth: -1 }), "BAD_USER_INPUT", "depth");
    expectError(await t.gql(HOOD, { slug: "s", depth: 5 }), "BAD_USER_INPUT", "depth");
    expectError(await t.gql(HOOD, { slug: "s", limit: 0 }), "BAD_USER_INPUT", "limit");
    expectError(
      await t.gql(HOOD, { slug: "s", types: ["links", "x"] }),
      "BAD_USER_INPUT",
      "types[1]",
    );
  });
});

describe("degree and stats", () => {
  it("counts relations per concept and over the graph", async () => {
    const res =
      await t.gql(`{ concept(slug: "s") { degree out: degree(direction: OUT) in: degree(direction: IN) links: degree(types: ["other"]) }
      stats { concepts relations relationTypes byKind { kind count } byRelationType { type count } } }`);
    expect(res.data!.concept).toEqual({ degree: 3, out: 3, in: 0, links: 0 });
    expect(res.data!.stats.concepts).toBe(19);
    expect(res.data!.stats.relations).toBe(18);
    expect(res.data!.stats.byRelationType).toEqual([
      { type: "links", count: 17 },
      { type: "other", count: 1 },
    ]);
  });
});

describe("the index follows every write", () => {
  it("sees relations created and deleted, concepts deleted with cascade, and renames", async () => {
    const before = await t.gql(PATHS, { from: "island", to: "s" });
    expect(before.data!.paths).toEqual([]);
    await link("island", "s");
    const after = await t.gql(PATHS, { from: "island", to: "s" });
    expect(slugsOf(after.data!.paths[0])).toEqual(["s"]);

    await t.gql(`mutation { updateConcept(slug: "island", input: { name: "Atoll" }) { slug } }`);
    const renamed = await t.gql(PATHS, { from: "island", to: "s" });
    expect(renamed.data!.paths[0].text).toBe("Atoll links to S");

    const id = relationIds.get("island>s")!;
    await t.gql(`mutation($id: ID!) { deleteRelation(id: $id) }`, { id });
    expect((await t.gql(PATHS, { from: "island", to: "s" })).data!.paths).toEqual([]);

    await link("island", "s");
    const del = await t.gql(
      `mutation { deleteConcept(slug: "island", cascade: true) { deletedRelations } }`,
    );
    expect(del.data!.deleteConcept.deletedRelations).toBe(1);
    expectError(await t.gql(PATHS, { from: "island", to: "s" }), "NOT_FOUND", "from");
    const s = await t.gql(`{ concept(slug: "s") { degree(direction: IN) } }`);
    expect(s.data!.concept.degree).toBe(0);
  });

  it("a failed write leaves the index as it was", async () => {
    const statsBefore = await t.gql(`{ stats { relations } }`);
    const dup = await t.gql(CREATE, { input: { source: "s", type: "links", target: "x" } });
    expectError(dup, "CONFLICT");
    const statsAfter = await t.gql(`{ stats { relations } }`);
    expect(statsAfter.data).toEqual(statsBefore.data);
  });
});
