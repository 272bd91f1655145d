import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docGraphqlBlocks } from "./docs-blocks.js";
import { type TestApp, startTestApp } from "./helpers.js";

// Compiled queries (graphql-jit) must answer exactly as graphql-js does: same data, same errors,
// same HTTP status. Two apps over the same seeded graph: one never compiles, one always does.

let plain: TestApp;
let compiled: TestApp;
beforeAll(async () => {
  [plain, compiled] = await Promise.all([
    startTestApp({ SEED_ON_START: "true", GRAPHQL_JIT_AFTER: "0" }),
    startTestApp({ SEED_ON_START: "true", GRAPHQL_JIT_AFTER: "1" }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain.close(), compiled.close()]);
});

async function post(app: TestApp, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

/** The queries of README.md and docs/*.md (test/docs-blocks.ts), mutations and subscriptions left out. */
const docQueries = () =>
  docGraphqlBlocks()
    .map((b) => b.body)
    .filter((q) => !/^\s*(mutation|subscription)\b/.test(q));

// Timestamps differ between the two databases (seeded at different moments).
const stable = (body: unknown) =>
  JSON.parse(
    JSON.stringify(body).replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"/g, '"<time>"'),
  );

describe("compiled queries", () => {
  it("answer every query of the docs exactly as graphql-js does", async () => {
    const queries = docQueries();
    expect(queries.length).toBeGreaterThanOrEqual(15);
    for (const q of queries) {
      const [a, b] = [await post(plain, q), await post(compiled, q)];
      expect(b.status, q).toBe(a.status);
      expect(stable(b.body), q).toEqual(stable(a.body));
    }
  });

  it.each([
    ["an unknown slug", `{ neighborhood(slug: "no-such-thing") { truncated } }`, undefined],
    ["a bad depth", `{ neighborhood(slug: "etcd", depth: -1) { truncated } }`, undefined],
    [
      "an unknown type",
      `{ paths(from: "ingress", to: "pod", types: ["nope"]) { length } }`,
      undefined,
    ],
    [
      "a variable of the wrong type",
      `query($d: Int!) { neighborhood(slug: "etcd", depth: $d) { truncated } }`,
      { d: "two" },
    ],
    ["a missing variable", `query($s: String!) { concept(slug: $s) { slug } }`, {}],
    ["first over the cap", `{ concepts(first: 1000) { totalCount } }`, undefined],
    [
      "a null in a non-null list position",
      `query($t: [String!]) { paths(from: "ingress", to: "pod", types: $t) { length } }`,
      { t: ["exposes", null] },
    ],
  ])("fail the same way on %s", async (_name, query, variables) => {
    const [a, b] = [await post(plain, query, variables), await post(compiled, query, variables)];
    expect(a.body.errors?.length).toBeGreaterThan(0);
    expect(b.status).toBe(a.status);
    expect(b.body).toEqual(a.body);
  });

  it("runs a query on graphql-js until it is hot, then compiled, with the same answer", async () => {
    const warm = await startTestApp({ SEED_ON_START: "true", GRAPHQL_JIT_AFTER: "3" });
    try {
      const q = `{ concept(slug: "etcd") { slug related { label concept { slug } } } }`;
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push((await post(warm, q)).body);
      for (const a of answers) expect(a).toEqual(answers[0]);
      expect(
        (answers[0] as { data: { concept: { related: unknown[] } } }).data.concept.related.length,
      ).toBeGreaterThan(3);
    } finally {
      await warm.close();
    }
  });
});

describe("the hot lane (a repeated query skips Apollo's pipeline)", () => {
  async function raw(app: TestApp, query: string, variables?: unknown, key?: string) {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  }
  const count = async (app: TestApp, operation: string) => {
    const text = await (await fetch(`${app.url}/metrics`)).text();
    const line = text
      .split("\n")
      .find((l) =>
        l.startsWith(`kg_graphql_operation_duration_seconds_count{operation="${operation}"`),
      );
    return line ? Number(line.split(" ").pop()) : 0;
  };

  it("answers a repeated query byte for byte as Apollo did, and still counts it", async () => {
    const q = `query HotOne($slug: String!) { concept(slug: $slug) { slug related { label concept { slug } } } }`;
    const first = await raw(compiled, q, { slug: "etcd" });
    const again = await raw(compiled, q, { slug: "etcd" });
    const other = await raw(compiled, q, { slug: "pod" });
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    expect(other.text).toEqual((await raw(plain, q, { slug: "pod" })).text);
    expect(await count(compiled, "HotOne")).toBe(3);
  });

  it("leaves errors and bad variables to Apollo, which answers them as always", async () => {
    const q = `query HotTwo($slug: String!) { neighborhood(slug: $slug) { truncated } }`;
    await raw(compiled, q, { slug: "etcd" });
    expect((await raw(compiled, q, { slug: "etcd" })).status).toBe(200);
    for (const vars of [{ slug: "no-such-thing" }, { slug: 12 }, {}]) {
      const [a, b] = [await raw(plain, q, vars), await raw(compiled, q, vars)];
      expect(a.text).toContain('"errors"');
      expect(b).toEqual(a);
    }
  });

  it("still applies the cost limit and the key requirement", async () => {
    const strict = await startTestApp({
      SEED_ON_START: "true",
      GRAPHQL_JIT_AFTER: "1",
      MAX_QUERY_COST: "500",
      READS_REQUIRE_KEY: "true",
    });
    try {
      const q = `query HotThree($n: Int) { concepts(first: $n) { edges { node { slug related { concept { slug } } } } } }`;
      for (let i = 0; i < 2; i++) {
        expect((await raw(strict, q, { n: 2 }, strict.adminKey)).status).toBe(200);
      }
      const costly = await raw(strict, q, { n: 100 }, strict.adminKey);
      expect(costly.status).toBe(400);
      expect(JSON.parse(costly.text).errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
      const anonymous = await raw(strict, q, { n: 2 });
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    } finally {
      await strict.close();
    }
  });
});
