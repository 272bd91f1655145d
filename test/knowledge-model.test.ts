import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, buildConcept, expectError, startTestApp } from "./helpers.js";

// The knowledge model (issue 17) through GraphQL: lifecycle and asOf, changesBetween, relation
// qualifiers, the relation type hierarchy, scope and API version, renames keeping old slugs.

let t: TestApp;

const CREATE_CONCEPT = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const CREATE_RELATION = `mutation($input: RelationInput!) { createRelation(input: $input) { id } }`;
const CREATE_TYPE = `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key } }`;

const lc = (...entries: [string, string][]) =>
  entries.map(([status, since]) => ({ status, since, cite: "/docs/reference/" }));

async function ok(query: string, variables?: Record<string, unknown>) {
  const res = await t.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  t = await startTestApp();
  for (const [key, parent] of [
    ["implements", null],
    ["implements-cni", "implements"],
    ["superseded-by", null],
    ["uses", null],
  ] as const) {
    await ok(CREATE_TYPE, { input: { key, label: key.replace(/-/g, " "), parent } });
  }
  const concepts = [
    buildConcept({ slug: "cni", kind: "interface" }),
    buildConcept({ slug: "calico", kind: "plugin" }),
    buildConcept({ slug: "kubenet", kind: "plugin" }),
    buildConcept({
      slug: "psp",
      kind: "resource",
      scope: "cluster",
      apiVersion: "policy/v1beta1",
      lifecycle: lc(["beta", "1.3"], ["deprecated", "1.21"], ["removed", "1.25"]),
    }),
    buildConcept({
      slug: "psa",
      kind: "addon",
      lifecycle: lc(["alpha", "1.22"], ["beta", "1.23"], ["stable", "1.25"]),
    }),
    buildConcept({ slug: "weave", kind: "plugin", lifecycle: lc(["archived", "2024-06"]) }),
  ];
  for (const input of concepts) await ok(CREATE_CONCEPT, { input });
  const relations = [
    { source: "calico", type: "implements-cni", target: "cni" },
    {
      source: "kubenet",
      type: "implements",
      target: "cni",
      qualifiers: {
        since: "1.9",
        until: "1.10",
        isDefault: false,
        note: "legacy",
        cite: "notes:L10",
      },
    },
    { source: "psp", type: "superseded-by", target: "psa" },
    { source: "psa", type: "uses", target: "cni", lifecycle: lc(["beta", "1.23"]) },
  ];
  for (const input of relations) await ok(CREATE_RELATION, { input });
});
afterAll(() => t.close());

describe("scope, API version and lifecycle", () => {
  it("stores and reads them, with the status at a version", async () => {
    const d = await ok(`{ concept(slug: "psp") {
      scope apiVersion lifecycle { status since cite }
      now: status at124: status(asOf: "1.24") at19: status(asOf: "1.9") at2: status(asOf: "1.2")
      supersededBy { slug } } }`);
    expect(d.concept).toMatchObject({
      scope: "cluster",
      apiVersion: "policy/v1beta1",
      now: "removed",
      at124: "deprecated",
      at19: "beta", // numerically: 1.9 is after 1.3 and before 1.21
      at2: null,
      supersededBy: [{ slug: "psa" }],
    });
    expect(d.concept.lifecycle).toHaveLength(3);
    const psa = await ok(`{ concept(slug: "psa") { supersedes { slug } } }`);
    expect(psa.concept.supersedes).toEqual([{ slug: "psp" }]);
  });

  it("refuses an unknown status, a bad version, an unknown scope with the field named", async () => {
    const bad = [
      [{ lifecycle: [{ status: "gone", since: "1.2" }] }, "input.lifecycle[0].status"],
      [{ lifecycle: [{ status: "beta", since: "one" }] }, "input.lifecycle[0].since"],
      [{ scope: "global" }, "input.scope"],
      [{ apiVersion: "apps v1" }, "input.apiVersion"],
      [
        { lifecycle: [{ status: "beta", since: "1.2", cite: "somewhere" }] },
        "input.lifecycle[0].cite",
      ],
    ] as const;
    for (const [fields, field] of bad) {
      const res = await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "bad", ...fields }) });
      expectError(res, "BAD_USER_INPUT", field);
    }
    const none = await ok(`{ concept(slug: "bad") { slug } }`);
    expect(none.concept).toBeNull();
  });
});

describe("asOf", () => {
  it("graph(asOf) leaves out what came later and what was removed at or before it", async () => {
    const at = async (v: string) => {
      const d = await ok(
        `query($v: String!) { graph(asOf: $v) { asOf concepts { slug } relations { source { slug } type { key } target { slug } } } }`,
        { v },
      );
      return {
        concepts: d.graph.concepts.map((c: { slug: string }) => c.slug),
        relations: d.graph.relations.map(
          (r: { source: { slug: string }; type: { key: string }; target: { slug: string } }) =>
            `${r.source.slug} ${r.type.key} ${r.target.slug}`,
        ),
      };
    };
    const v121 = await at("1.21");
    expect(v121.concepts).toContain("psp");
    expect(v121.concepts).not.toContain("psa"); // alpha from 1.22
    expect(v121.concepts).toContain("weave"); // a date lifecycle says nothing about a version
    expect(v121.relations).not.toContain("kubenet implements cni"); // until 1.10
    const v125 = await at("1.25");
    expect(v125.concepts).not.toContain("psp"); // removed in 1.25
    expect(v125.relations).not.toContain("psp superseded-by psa"); // its end is gone
    expect(v125.relations).toContain("psa uses cni");
    const v19 = await at("1.9");
    expect(v19.relations).toContain("kubenet implements cni");
    expect((await at("2024-01")).concepts).not.toContain("weave");
  });

  it("concept(asOf), relations(filter: {asOf}) and Concept.relations(asOf) agree", async () => {
    const d = await ok(`{
      gone: concept(slug: "psp", asOf: "1.30") { slug }
      there: concept(slug: "psp", asOf: "1.20") { slug }
      relations(filter: { asOf: "1.25" }) { totalCount edges { node { source { slug } } } }
      cni: concept(slug: "cni") { relations(direction: IN, asOf: "1.22") { source { slug } } }
    }`);
    expect(d.gone).toBeNull();
    expect(d.there).toEqual({ slug: "psp" });
    const sources = d.relations.edges.map(
      (e: { node: { source: { slug: string } } }) => e.node.source.slug,
    );
    expect(sources).toEqual(["calico", "psa"]);
    expect(d.cni.relations.map((r: { source: { slug: string } }) => r.source.slug)).toEqual([
      "calico",
    ]);
  });

  it("changesBetween lists the lifecycle entries in (from, to], in order", async () => {
    const d = await ok(`{ changesBetween(from: "1.21", to: "1.25") {
      status since concept { slug } relation { type { key } } } }`);
    const rows = d.changesBetween.map(
      (c: { status: string; since: string; concept: { slug: string } | null }) =>
        `${c.since} ${c.concept?.slug ?? "relation"} ${c.status}`,
    );
    expect(rows).toEqual([
      "1.22 psa alpha",
      "1.23 psa beta",
      "1.23 relation beta",
      "1.25 psa stable",
      "1.25 psp removed",
    ]);
    expectError(
      await t.gql(`{ changesBetween(from: "1.25", to: "1.2") { since } }`),
      "BAD_USER_INPUT",
      "to",
    );
    expectError(
      await t.gql(`{ changesBetween(from: "1.25", to: "2026-01") { since } }`),
      "BAD_USER_INPUT",
      "to",
    );
    expectError(await t.gql(`{ graph(asOf: "latest") { asOf } }`), "BAD_USER_INPUT", "asOf");
  });
});

describe("qualifiers", () => {
  it("round-trips since, until, default, note and cite; refuses since after until", async () => {
    const d = await ok(`{ relations(filter: { source: "kubenet" }) { edges { node {
      qualifiers { since until isDefault note cite } } } } }`);
    expect(d.relations.edges[0].node.qualifiers).toEqual({
      since: "1.9",
      until: "1.10",
      isDefault: false,
      note: "legacy",
      cite: "notes:L10",
    });
    const res = await t.gql(CREATE_RELATION, {
      input: {
        source: "calico",
        type: "uses",
        target: "cni",
        qualifiers: { since: "1.10", until: "1.9" },
      },
    });
    expectError(res, "BAD_USER_INPUT", "input.qualifiers.since");
  });
});

describe("relation type hierarchy", () => {
  it("a filter on a type finds its subtypes unless exactType", async () => {
    const count = async (filter: string) =>
      (await ok(`{ relations(filter: ${filter}) { totalCount } }`)).relations.totalCount as number;
    expect(await count(`{ type: "implements" }`)).toBe(2);
    expect(await count(`{ type: "implements", exactType: true }`)).toBe(1);
    const d = await ok(`{ concept(slug: "cni") {
      all: relations(types: ["implements"]) { id } exact: relations(types: ["implements"], exactType: true) { id }
      degree(types: ["implements"]) }
      relationType(key: "implements") { children { key } parent { key } }
      sub: relationType(key: "implements-cni") { parentKey parent { key } }
      neighborhood(slug: "cni", types: ["implements"]) { nodes { slug } } }`);
    expect(d.concept.all).toHaveLength(2);
    expect(d.concept.exact).toHaveLength(1);
    expect(d.concept.degree).toBe(2);
    expect(d.relationType).toEqual({ children: [{ key: "implements-cni" }], parent: null });
    expect(d.sub).toEqual({ parentKey: "implements", parent: { key: "implements" } });
    expect(d.neighborhood.nodes.map((n: { slug: string }) => n.slug).sort()).toEqual([
      "calico",
      "cni",
      "kubenet",
    ]);
  });

  it("refuses a parent cycle or an unknown parent, and deleting a type with children", async () => {
    const cycle = await t.gql(
      `mutation { updateRelationType(key: "implements", input: { parent: "implements-cni" }) { key } }`,
    );
    expectError(cycle, "BAD_USER_INPUT", "input.parent");
    expectError(
      await t.gql(CREATE_TYPE, { input: { key: "x-of", label: "x of", parent: "nope" } }),
      "BAD_USER_INPUT",
      "input.parent",
    );
    await ok(CREATE_TYPE, { input: { key: "a-parent", label: "a parent" } });
    await ok(CREATE_TYPE, { input: { key: "a-child", label: "a child", parent: "a-parent" } });
    const refused = await t.gql(`mutation { deleteRelationType(key: "a-parent") }`);
    expectError(refused, "CONFLICT", "key");
    expect(refused.errors![0]!.message).toMatch(/parent of 1 type/);
  });
});

describe("renames", () => {
  it("keeps the old slug valid as an alias", async () => {
    await ok(CREATE_CONCEPT, { input: buildConcept({ slug: "old-name", name: "Renamed thing" }) });
    const d = await ok(
      `mutation { renameConcept(slug: "old-name", newSlug: "new-name") { slug aliases } }`,
    );
    expect(d.renameConcept).toEqual({ slug: "new-name", aliases: ["old-name"] });
    const byOld = await ok(`{ concept(slug: "old-name") { slug } }`);
    expect(byOld.concept).toEqual({ slug: "new-name" });
    const rest = await fetch(`${t.url}/api/v1/concepts/old-name`);
    expect(((await rest.json()) as { slug: string }).slug).toBe("new-name");
  });
});

describe("exports and imports carry the model", () => {
  it("JSON round-trips lifecycle, qualifiers, scope and parent into an empty database", async () => {
    const json = await (await fetch(`${t.url}/api/v1/export?format=json`)).text();
    const doc = JSON.parse(json);
    expect(doc.relationTypes.find((r: { key: string }) => r.key === "implements-cni").parent).toBe(
      "implements",
    );
    const other = await startTestApp();
    try {
      const res = await other.gql(
        `mutation($input: ImportInput!) { importGraph(input: $input) { created skipped problems } }`,
        { input: { format: "json", content: json } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.importGraph.skipped).toBe(0);
      const again = await (await fetch(`${other.url}/api/v1/export?format=json`)).text();
      expect(again).toBe(json);
    } finally {
      await other.close();
    }
  });

  it("RDF says the hierarchy with rdfs:subPropertyOf; CSV and GraphML carry lifecycle and qualifiers", async () => {
    const ttl = await (await fetch(`${t.url}/api/v1/export?format=turtle`)).text();
    expect(ttl).toMatch(/rel:implements-cni[^.]*rdfs:subPropertyOf rel:implements/s);
    const edges = await (await fetch(`${t.url}/api/v1/export?format=csv-edges`)).text();
    expect(edges).toContain("kubenet,cni,Directed,implements,implements,,1.9,1.10,false,legacy,");
    const nodes = await (await fetch(`${t.url}/api/v1/export?format=csv-nodes`)).text();
    expect(nodes).toContain(
      "cluster,policy/v1beta1,removed,beta 1.3; deprecated 1.21; removed 1.25",
    );
    const graphml = await (await fetch(`${t.url}/api/v1/export?format=graphml`)).text();
    expect(graphml).toContain('<data key="until">1.10</data>');
  });
});
