import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, buildConcept, expectError, fakeSecrets, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
});
afterAll(() => t.close());

const SEARCH = `query($text: String!, $kinds: [String!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { exact matched snippet score concept { slug kind } } } } }`;

interface Hit {
  exact: boolean;
  matched: string[];
  snippet: string;
  score: number;
  concept: { slug: string; kind: string };
}
async function search(text: string, extra: Record<string, unknown> = {}) {
  const res = await t.gql(SEARCH, { text, ...extra });
  expect(res.errors).toBeUndefined();
  const s = res.data!.search;
  return { ...s, hits: s.edges.map((e: { node: Hit }) => e.node) as Hit[] };
}
const slugs = (hits: Hit[]) => hits.map((h) => h.concept.slug);

describe("search on the seeded graph", () => {
  it("matches a prefix: kube-sch finds kube-scheduler first, with a highlighted snippet", async () => {
    const { hits } = await search("kube-sch");
    expect(hits[0]!.concept.slug).toBe("kube-scheduler");
    expect(hits[0]!.matched).toContain("name");
    expect(hits[0]!.snippet).toContain("<mark>scheduler</mark>");
  });

  it('"key value store" finds etcd through its summary', async () => {
    const { hits } = await search("key value store", { first: 5 });
    const etcd = hits.find((h: Hit) => h.concept.slug === "etcd");
    expect(etcd).toBeDefined();
    expect(etcd!.matched).toContain("summary");
    expect(etcd!.snippet).toContain("<mark>key</mark>-<mark>value</mark>");
  });

  it("ranks exact name and alias matches first", async () => {
    const pod = await search("pod");
    expect(pod.hits[0]).toMatchObject({ exact: true, concept: { slug: "pod" } });
    expect(pod.hits[1]!.exact).toBe(false);
    const alias = await search("API server");
    expect(alias.hits[0]).toMatchObject({ exact: true, concept: { slug: "kube-apiserver" } });
    expect(alias.hits[0]!.matched).toContain("aliases");
  });

  it("filters by kind and pages with cursors, without overlap", async () => {
    const all = await search("pod", { first: 100 });
    const components = await search("pod", { kinds: ["component"], first: 100 });
    expect(components.hits.length).toBeGreaterThan(0);
    expect(components.hits.every((h: Hit) => h.concept.kind === "component")).toBe(true);
    expect(components.totalCount).toBeLessThan(all.totalCount);

    const p1 = await search("pod", { first: 5 });
    const p2 = await search("pod", { first: 5, after: p1.pageInfo.endCursor });
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect([...slugs(p1.hits), ...slugs(p2.hits)]).toEqual(slugs(all.hits).slice(0, 10));
  });

  it("finds words in notes and escapes HTML in snippets", async () => {
    // A word only the seed's notes hold: the ingress-nginx retirement note names ingress2gateway.
    const { hits } = await search("ingress2gateway");
    expect(hits[0]).toMatchObject({ concept: { slug: "ingress-nginx" } });
    expect(hits[0]!.matched).toEqual(["notes"]);
    await t.gql(`mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`, {
      input: buildConcept({
        slug: "html-widget",
        summary: "Renders <script>zyxwidget</script> tags.",
      }),
    });
    const html = await search("zyxwidget");
    expect(html.hits[0]!.snippet).toContain("&lt;script&gt;<mark>zyxwidget</mark>&lt;/script&gt;");
  });

  it("refuses bad arguments", async () => {
    expectError(await t.gql(SEARCH, { text: "  --  " }), "BAD_USER_INPUT", "text");
    expectError(await t.gql(SEARCH, { text: "pod", first: 101 }), "BAD_USER_INPUT", "first");
    expectError(await t.gql(SEARCH, { text: "pod", after: "nope" }), "BAD_USER_INPUT", "after");
    expectError(
      await t.gql(SEARCH, { text: "pod", kinds: ["Not A Kind"] }),
      "BAD_USER_INPUT",
      "kinds[0]",
    );
    expectError(await t.gql(SEARCH, { text: fakeSecrets.awsKey() }), "BAD_USER_INPUT", "text");
    expectError(await t.gql(SEARCH, { text: "x".repeat(201) }), "BAD_USER_INPUT", "text");
  });
});

describe("search follows every write", () => {
  it("sees created, renamed, aliased, noted and deleted concepts at once", async () => {
    expect((await search("quuxotron")).totalCount).toBe(0);
    await t.gql(`mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`, {
      input: buildConcept({ slug: "quux", name: "Quuxotron", summary: "A made-up thing." }),
    });
    expect(slugs((await search("quuxo")).hits)).toEqual(["quux"]);

    await t.gql(
      `mutation { updateConcept(slug: "quux", input: { name: "Flurbinator" }) { slug } }`,
    );
    expect((await search("quuxotron")).totalCount).toBe(0);
    expect((await search("flurbinator")).hits[0]).toMatchObject({ exact: true });

    await t.gql(`mutation { addAlias(slug: "quux", alias: "Glimmerbox") { slug } }`);
    expect((await search("glimmerbox")).hits[0]).toMatchObject({
      exact: true,
      matched: ["aliases"],
    });
    await t.gql(`mutation { removeAlias(slug: "quux", alias: "Glimmerbox") { slug } }`);
    expect((await search("glimmerbox")).totalCount).toBe(0);

    const note = await t.gql(
      `mutation { addNote(input: { concept: "quux", body: "Remember the zorbly setting." }) { id } }`,
    );
    expect((await search("zorbly")).hits[0]).toMatchObject({
      matched: ["notes"],
      concept: { slug: "quux" },
    });
    await t.gql(`mutation($id: ID!) { deleteNote(id: $id) }`, { id: note.data!.addNote.id });
    expect((await search("zorbly")).totalCount).toBe(0);

    await t.gql(
      `mutation { addNote(input: { concept: "quux", body: "Another zorbly note." }) { id } }`,
    );
    await t.gql(`mutation { deleteConcept(slug: "quux") { slug } }`);
    expect((await search("zorbly")).totalCount).toBe(0);
    expect((await search("flurbinator")).totalCount).toBe(0);
  });

  it("the same search after a write that keeps the match shows the new text and concept", async () => {
    await t.gql(`mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`, {
      input: buildConcept({
        slug: "sprocket",
        name: "Sprocket",
        summary: "Holds the wozzle pins.",
      }),
    });
    const first = (await search("wozzle")).hits;
    expect(first.map((h: Hit) => h.snippet)).toEqual(["Holds the <mark>wozzle</mark> pins."]);
    // Searched again unchanged: the same answer.
    expect((await search("wozzle")).hits).toEqual(first);

    await t.gql(
      `mutation { updateConcept(slug: "sprocket", input: { summary: "Turns the wozzle gears.", kind: "tool" }) { slug } }`,
    );
    const after = (await search("wozzle")).hits;
    expect(after.map((h: Hit) => [h.snippet, h.concept.kind])).toEqual([
      ["Turns the <mark>wozzle</mark> gears.", "tool"],
    ]);
    await t.gql(`mutation { deleteConcept(slug: "sprocket") { slug } }`);
  });

  it("a failed write changes nothing that search sees", async () => {
    const before = await search("etcd", { first: 100 });
    const res = await t.gql(
      `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`,
      {
        input: buildConcept({ slug: "etcd", name: "Dup etcd wibblequark" }),
      },
    );
    expectError(res, "CONFLICT");
    const bad = await t.gql(`mutation { addNote(input: { concept: "etcd", body: "" }) { id } }`);
    expectError(bad, "BAD_USER_INPUT");
    expect((await search("wibblequark")).totalCount).toBe(0);
    expect(await search("etcd", { first: 100 })).toEqual(before);
  });
});
