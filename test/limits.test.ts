import fs from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docGraphqlBlocks } from "./docs-blocks.js";
import { type TestApp, expectError, startTestApp } from "./helpers.js";

let t: TestApp;
let cheap: TestApp;
beforeAll(async () => {
  [t, cheap] = await Promise.all([
    startTestApp({ SEED_ON_START: "true" }),
    startTestApp({ MAX_QUERY_COST: "500" }),
  ]);
});
afterAll(async () => {
  await Promise.all([t.close(), cheap.close()]);
});

/** concept { related { concept { related { ... slug } } } } with `levels` nested `related`. */
function nested(levels: number) {
  let inner = "slug";
  for (let i = 0; i < levels; i++) inner = `related { concept { ${inner} } }`;
  return `{ concept(slug: "etcd") { ${inner} } }`;
}

async function post(app: TestApp, query: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Parameters<typeof expectError>[0] };
}

describe("query depth and cost limits", () => {
  it("refuses a deliberately nested 10-level query before any database work", async () => {
    const before = t.app.db.statements.count;
    const { status, body } = await post(t, nested(4));
    expect(status).toBe(400);
    const err = expectError(body, "QUERY_TOO_DEEP");
    expect(err.message).toContain("limit is 9");
    expect(err.extensions).toMatchObject({ depth: 10, limit: 9 });
    expect(body.data).toBeUndefined();
    expect(t.app.db.statements.count).toBe(before);
  });

  it("counts depth through fragments too", async () => {
    const q = `query { concept(slug: "etcd") { ...R } }
      fragment R on Concept { related { concept { related { concept { related { concept { related { concept { slug } } } } } } } } }`;
    expectError((await post(t, q)).body, "QUERY_TOO_DEEP");
  });

  it("accepts nesting up to the limit", async () => {
    const res = await t.gql(nested(3));
    expect(res.errors).toBeUndefined();
    expect(res.data!.concept.related.length).toBeGreaterThan(0);
  });

  it("refuses an operation whose estimated cost is over MAX_QUERY_COST, and lets a cheap one through", async () => {
    const before = cheap.app.db.statements.count;
    const costly = await post(
      cheap,
      `{ concepts(first: 100) { edges { node { slug related { label } } } } }`,
    );
    expect(costly.status).toBe(400);
    const err = expectError(costly.body, "QUERY_TOO_COMPLEX");
    expect(err.extensions!.cost as number).toBeGreaterThan(500);
    expect(cheap.app.db.statements.count).toBe(before);
    const ok = await post(cheap, `{ concepts(first: 10) { edges { node { slug } } } }`);
    expect(ok.body.errors).toBeUndefined();
  });

  it("lets introspection through (the playground needs it)", async () => {
    const q = `{ __schema { types { name fields { name type { kind ofType { kind ofType { kind ofType { kind ofType { name } } } } } } } } }`;
    const res = await t.gql(q);
    expect(res.errors).toBeUndefined();
  });

  it("lets every GraphQL example of the docs through, and answers its queries", async () => {
    // Left out: the refusals a page shows on purpose (its output block holds the error).
    const examples = docGraphqlBlocks()
      .filter((b) => !b.showsErrors)
      .map((b) => b.body);
    expect(examples.length).toBeGreaterThanOrEqual(20);
    const schema = buildSchema(
      fs.readFileSync(path.resolve(import.meta.dirname, "../schema.graphql"), "utf8"),
    );
    for (const query of examples) {
      // A subscription cannot run over HTTP: it must at least fit the committed schema.
      if (/^\s*subscription\b/.test(query)) {
        expect(validate(schema, parse(query)), query).toEqual([]);
        continue;
      }
      const res = await t.gql(query);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, query).not.toContain("QUERY_TOO_DEEP");
      expect(codes, query).not.toContain("QUERY_TOO_COMPLEX");
      // Mutations depend on ids from earlier steps of the tour; queries must simply work.
      if (!/^\s*mutation\b/.test(query)) expect(res.errors, query).toBeUndefined();
    }
  });

  it("caps first and limit", async () => {
    expectError(await t.gql(`{ concepts(first: 101) { totalCount } }`), "BAD_USER_INPUT", "first");
    expectError(
      await t.gql(`{ search(text: "pod", first: 101) { totalCount } }`),
      "BAD_USER_INPUT",
      "first",
    );
    expectError(
      await t.gql(`{ neighborhood(slug: "etcd", limit: 501) { truncated } }`),
      "BAD_USER_INPUT",
      "limit",
    );
  });
});
