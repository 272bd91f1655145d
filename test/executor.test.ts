import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const readmeQueries = () =>
  [
    ...fs
      .readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8")
      .matchAll(/```graphql\n([\s\S]*?)```/g),
  ]
    .map((m) => m[1]!)
    .filter((q) => !/^\s*(mutation|subscription)\b/.test(q));

// Timestamps differ between the two databases (seeded at different moments).
const stable = (body: unknown) =>
  JSON.parse(
    JSON.stringify(body).replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"/g, '"<time>"'),
  );

describe("compiled queries", () => {
  it("answer every README query exactly as graphql-js does", async () => {
    const queries = readmeQueries();
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
