import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, buildConcept, expectError, fakeSecrets, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CONCEPT_FIELDS =
  "slug name kind summary description tags aliases docsUrl version sources { title uri locator }";
const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { ${CONCEPT_FIELDS} } }`;

describe("createConcept", () => {
  it("creates a concept with tags, aliases and sources, readable by slug", async () => {
    const input = buildConcept({
      slug: "kube-apiserver",
      name: "kube-apiserver",
      tags: ["control-plane", "api"],
      aliases: ["API server", "apiserver"],
      docsUrl: "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/",
      description: "Serves the **Kubernetes API**.\n\nEverything goes through it.",
      sources: [
        {
          uri: "https://kubernetes.io/docs/",
          title: "Kubernetes documentation",
          locator: "/docs/concepts/",
        },
      ],
    });
    const res = await t.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createConcept).toMatchObject({
      slug: "kube-apiserver",
      tags: ["api", "control-plane"],
      aliases: ["API server", "apiserver"],
      version: 1,
      sources: [
        {
          title: "Kubernetes documentation",
          uri: "https://kubernetes.io/docs/",
          locator: "/docs/concepts/",
        },
      ],
    });
    const read = await t.gql(`{ concept(slug: "kube-apiserver") { ${CONCEPT_FIELDS} } }`);
    expect(read.data!.concept).toEqual(res.data!.createConcept);
  });

  it("returns null for an absent slug", async () => {
    const res = await t.gql(`{ concept(slug: "no-such-thing") { slug } }`);
    expect(res).toEqual({ data: { concept: null } });
  });

  it.each([
    ["slug", { slug: "Bad Slug" }, "input.slug"],
    ["slug", { slug: "" }, "input.slug"],
    ["name", { name: "   " }, "input.name"],
    ["summary", { summary: "" }, "input.summary"],
    ["kind", { kind: "Not A Kind!" }, "input.kind"],
    ["over-long name", { name: "n".repeat(201) }, "input.name"],
    ["over-long description", { description: "d".repeat(20_001) }, "input.description"],
    ["docsUrl", { docsUrl: "not a url" }, "input.docsUrl"],
    ["tag", { tags: ["Bad Tag"] }, "input.tags[0]"],
    [
      "source without title",
      { sources: [{ uri: "https://example.org/new" }] },
      "input.sources[0].title",
    ],
    [
      "credential in description",
      { description: `token: ${fakeSecrets.jwt()}` },
      "input.description",
    ],
    ["PEM key in summary", { summary: fakeSecrets.pem().split("\n")[0] }, "input.summary"],
    ["password in docsUrl", { docsUrl: "https://admin:s3cret@example.org/" }, "input.docsUrl"],
  ])(
    "refuses a bad %s with BAD_USER_INPUT naming the field, writing nothing",
    async (_n, o, field) => {
      const before = await t.snapshot();
      const res = await t.gql(CREATE, { input: buildConcept(o) });
      const err = expectError(res, "BAD_USER_INPUT", field);
      expect(err.message).toContain(field);
      expect(JSON.stringify(res)).not.toMatch(/eyJ|PRIVATE KEY|s3cret/);
      expect(await t.snapshot()).toBe(before);
    },
  );

  it("refuses a duplicate slug and a taken alias with CONFLICT, writing nothing", async () => {
    await t.gql(CREATE, {
      input: buildConcept({ slug: "etcd", name: "etcd", aliases: ["key value store"] }),
    });
    const before = await t.snapshot();
    expectError(
      await t.gql(CREATE, { input: buildConcept({ slug: "etcd" }) }),
      "CONFLICT",
      "input.slug",
    );
    // The alias check fails after the concept row was inserted: the transaction must roll it back.
    const res = await t.gql(CREATE, {
      input: buildConcept({ slug: "other-store", aliases: ["Key-Value store"] }),
    });
    expect(expectError(res, "CONFLICT", "input.aliases[0]").message).toContain("etcd");
    expect(await t.snapshot()).toBe(before);
    expect((await t.gql(`{ concept(slug: "other-store") { slug } }`)).data!.concept).toBeNull();
  });
});

describe("lookup", () => {
  beforeAll(async () => {
    await t.gql(CREATE, {
      input: buildConcept({
        slug: "control-plane",
        name: "Control Plane",
        aliases: ["master node"],
      }),
    });
    await t.gql(CREATE, {
      input: buildConcept({ slug: "volume", name: "Volume", aliases: ["vol"] }),
    });
  });

  it.each([
    ["master node", "control-plane"],
    ["MASTER  NODE", "control-plane"],
    ["master-node", "control-plane"],
    ["control plane", "control-plane"],
    ["Control-Plane", "control-plane"],
    ["api server", "kube-apiserver"],
    ["API Server", "kube-apiserver"],
    ["kube-apiserver", "kube-apiserver"],
    ["vol", "volume"],
    ["Volume", "volume"],
  ])("resolves %j to %s", async (name, slug) => {
    const res = await t.gql(`query($n: String!) { lookup(name: $n) { slug } }`, { n: name });
    expect(res.data!.lookup).toEqual({ slug });
  });

  it("returns null for an unknown name", async () => {
    const res = await t.gql(`{ lookup(name: "flux capacitor") { slug } }`);
    expect(res.data!.lookup).toBeNull();
  });
});

describe("aliases", () => {
  it("adds and removes an alias", async () => {
    const add = await t.gql(`mutation { addAlias(slug: "volume", alias: "vols") { aliases } }`);
    expect(add.data!.addAlias.aliases).toEqual(["vol", "vols"]);
    expect((await t.gql(`{ lookup(name: "VOLS") { slug } }`)).data!.lookup).toEqual({
      slug: "volume",
    });
    const rm = await t.gql(`mutation { removeAlias(slug: "volume", alias: "VOLS") { aliases } }`);
    expect(rm.data!.removeAlias.aliases).toEqual(["vol"]);
    expect((await t.gql(`{ lookup(name: "vols") { slug } }`)).data!.lookup).toBeNull();
  });

  it("adding or removing an alias bumps the concept's version, so a stale expectedVersion conflicts", async () => {
    const { slug } = buildConcept();
    await t.gql(CREATE, { input: buildConcept({ slug }) });
    const add = await t.gql(`mutation { addAlias(slug: "${slug}", alias: "vee") { version } }`);
    expect(add.data!.addAlias.version).toBe(2);
    const rm = await t.gql(`mutation { removeAlias(slug: "${slug}", alias: "vee") { version } }`);
    expect(rm.data!.removeAlias.version).toBe(3);
    const stale = await t.gql(
      `mutation { updateConcept(slug: "${slug}", input: { summary: "x", expectedVersion: 2 }) { version } }`,
    );
    expectError(stale, "CONFLICT");
    const history = await t.gql(
      `{ history(slug: "${slug}", first: 1) { edges { node { after } } } }`,
    );
    expect(history.data!.history.edges[0].node.after.version).toBe(3);
  });

  it("refuses aliases that belong to someone else, and unknown slugs or aliases", async () => {
    const before = await t.snapshot();
    expectError(
      await t.gql(`mutation { addAlias(slug: "etcd", alias: "vol") { slug } }`),
      "CONFLICT",
      "alias",
    );
    expectError(
      await t.gql(`mutation { addAlias(slug: "etcd", alias: "Control Plane") { slug } }`),
      "CONFLICT",
      "alias",
    );
    expectError(
      await t.gql(`mutation { addAlias(slug: "etcd", alias: "etcd") { slug } }`),
      "CONFLICT",
      "alias",
    );
    expectError(
      await t.gql(`mutation { addAlias(slug: "nope", alias: "x") { slug } }`),
      "NOT_FOUND",
      "slug",
    );
    expectError(
      await t.gql(`mutation { removeAlias(slug: "etcd", alias: "vol") { slug } }`),
      "NOT_FOUND",
      "alias",
    );
    expectError(
      await t.gql(`mutation($a: String!) { addAlias(slug: "etcd", alias: $a) { slug } }`, {
        a: fakeSecrets.awsKey(),
      }),
      "BAD_USER_INPUT",
      "alias",
    );
    expect(await t.snapshot()).toBe(before);
  });
});

describe("updateConcept and upsertConcept", () => {
  it("changes only the given fields and bumps the version", async () => {
    const v = (await t.gql(`{ concept(slug: "volume") { version } }`)).data!.concept.version;
    const res = await t.gql(
      `mutation { updateConcept(slug: "volume", input: { summary: "A directory a Pod can mount.", tags: ["storage"] }) { name summary tags version } }`,
    );
    expect(res.data!.updateConcept).toEqual({
      name: "Volume",
      summary: "A directory a Pod can mount.",
      tags: ["storage"],
      version: v + 1,
    });
  });

  it("refuses a stale expectedVersion with CONFLICT and the current version", async () => {
    const v = (await t.gql(`{ concept(slug: "volume") { version } }`)).data!.concept.version;
    const before = await t.snapshot();
    const res = await t.gql(
      `mutation { updateConcept(slug: "volume", input: { summary: "Stale.", expectedVersion: ${v - 1} }) { version } }`,
    );
    const err = expectError(res, "CONFLICT", "input.expectedVersion");
    expect(err.extensions!.currentVersion).toBe(v);
    expect(await t.snapshot()).toBe(before);
    const ok = await t.gql(
      `mutation { updateConcept(slug: "volume", input: { summary: "Fresh.", expectedVersion: ${v} }) { version } }`,
    );
    expect(ok.data!.updateConcept.version).toBe(v + 1);
  });

  it("answers NOT_FOUND for an unknown slug and BAD_USER_INPUT for bad fields", async () => {
    expectError(
      await t.gql(`mutation { updateConcept(slug: "nope", input: { name: "X" }) { slug } }`),
      "NOT_FOUND",
      "slug",
    );
    expectError(
      await t.gql(`mutation { updateConcept(slug: "volume", input: { name: "" }) { slug } }`),
      "BAD_USER_INPUT",
      "input.name",
    );
  });

  it("upsert creates, then updates idempotently and adds aliases", async () => {
    const q = `mutation($input: ConceptInput!) { upsertConcept(input: $input) { slug summary aliases version } }`;
    const input = buildConcept({ slug: "kube-proxy", name: "kube-proxy", aliases: ["proxy"] });
    const first = await t.gql(q, { input });
    expect(first.data!.upsertConcept).toMatchObject({
      slug: "kube-proxy",
      aliases: ["proxy"],
      version: 1,
    });
    const snapshot = await t.snapshot();
    const again = await t.gql(q, { input });
    expect(again.data!.upsertConcept).toEqual(first.data!.upsertConcept);
    expect(await t.snapshot()).toBe(snapshot);
    const changed = await t.gql(q, {
      input: { ...input, summary: "Network proxy on every node.", aliases: ["kproxy"] },
    });
    expect(changed.data!.upsertConcept).toEqual({
      slug: "kube-proxy",
      summary: "Network proxy on every node.",
      aliases: ["kproxy", "proxy"],
      version: 2,
    });
  });
});

describe("concepts connection", () => {
  beforeAll(async () => {
    for (const n of ["a", "b", "c", "d", "e"]) {
      await t.gql(CREATE, {
        input: buildConcept({
          slug: `page-${n}`,
          name: `Page ${n}`,
          kind: "plugin",
          tags: ["paged"],
        }),
      });
    }
  });

  it("pages through a filter with cursors and a stable total", async () => {
    const q = `query($after: String) { concepts(filter: { tag: "paged" }, first: 2, after: $after) {
      totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await t.gql(q, { after });
      const c = res.data.concepts;
      expect(c.totalCount).toBe(5);
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...c.edges.map((e: any) => e.node.slug));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(["page-a", "page-b", "page-c", "page-d", "page-e"]);
  });

  it("filters by kind and by text over names, summaries and aliases", async () => {
    const kind = await t.gql(`{ concepts(filter: { kind: "plugin" }, first: 100) { totalCount } }`);
    expect(kind.data!.concepts.totalCount).toBe(5);
    const text = await t.gql(
      `{ concepts(filter: { text: "MASTER" }) { edges { node { slug } } } }`,
    );
    expect(text.data!.concepts.edges).toEqual([{ node: { slug: "control-plane" } }]);
  });

  it("refuses a bad cursor and an oversized page", async () => {
    expectError(
      await t.gql(`{ concepts(after: "garbage") { totalCount } }`),
      "BAD_USER_INPUT",
      "after",
    );
    expectError(
      await t.gql(`{ concepts(first: 100000) { totalCount } }`),
      "BAD_USER_INPUT",
      "first",
    );
    expectError(await t.gql(`{ concepts(first: -1) { totalCount } }`), "BAD_USER_INPUT", "first");
  });
});
