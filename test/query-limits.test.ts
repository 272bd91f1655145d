import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlResponse, type TestApp, expectError, startTestApp } from "./helpers.js";
import { subscribeOnce } from "./ws-client.js";

/**
 * Hostile documents: every one is refused or answered within a bounded amount of CPU and memory,
 * on HTTP (cold and hot lanes) and over WebSocket. CPU is this process's own time: the app runs
 * in it, so the bound holds whatever else the machine is doing.
 */
let t: TestApp;
let small: TestApp;
beforeAll(async () => {
  [t, small] = await Promise.all([
    startTestApp({ SEED_ON_START: "true" }),
    startTestApp({ SEED_ON_START: "true", MAX_RESPONSE_BYTES: "20000", MAX_QUERY_COST: "3000" }),
  ]);
});
afterAll(() => Promise.all([t.close(), small.close()]));

async function post(app: TestApp, body: unknown) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, bytes: text.length, body: JSON.parse(text) as GqlResponse };
}

/** Runs `fn` and returns the CPU seconds this process spent meanwhile. */
async function cpuOf(fn: () => Promise<unknown>) {
  const before = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^n paths through a document of n fragments. */
function fragmentBomb(n: number) {
  const frags = [];
  for (let i = 0; i < n; i++) frags.push(`fragment F${i} on Concept { ...F${i + 1} ...F${i + 1} }`);
  frags.push(`fragment F${n} on Concept { slug }`);
  return `query Bomb { concept(slug: "etcd") { ...F0 } } ${frags.join(" ")}`;
}

const aliases = (n: number, field: string) =>
  `query Many { ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

describe("documents that used to stall the process", () => {
  it("a 1 KB document of nested fragment spreads is answered or refused within 1 s of CPU", async () => {
    const query = fragmentBomb(40);
    expect(query.length).toBeLessThan(2500);
    let res: Awaited<ReturnType<typeof post>> | undefined;
    const cpu = await cpuOf(async () => (res = await post(t, { query })));
    expect(cpu).toBeLessThan(1);
    expect(res!.status).toBeLessThan(500);
  });

  it("the same document over WebSocket is refused within 1 s of CPU", async () => {
    const query = fragmentBomb(40).replace(
      "query Bomb { concept",
      "subscription Bomb { graphChanged { concept",
    );
    const doc = query.replace("...F0 } }", "...F0 } } }");
    let got: unknown;
    const cpu = await cpuOf(async () => (got = await subscribeOnce(t.url, doc)));
    expect(cpu).toBeLessThan(1);
    expect(JSON.stringify(got)).toMatch(/error/i);
  });

  it("1,000 aliases of an introspection field are refused before any work", async () => {
    const rss = process.memoryUsage().rss;
    for (const n of [1000, 100]) {
      const res = await post(t, {
        query: aliases(n, "__schema { types { name fields { name } } }"),
      });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(
        n === 1000 ? "TOO_MANY_TOKENS" : "TOO_MANY_ALIASES",
      );
      expect(res.bytes).toBeLessThan(2000);
    }
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });

  it("19,000 aliases of __typename are refused within 1 s of CPU", async () => {
    let res: Awaited<ReturnType<typeof post>> | undefined;
    const cpu = await cpuOf(
      async () => (res = await post(t, { query: aliases(19_000, "__typename") })),
    );
    expect(cpu).toBeLessThan(1);
    expect(res!.status).toBe(400);
    expect(["TOO_MANY_ALIASES", "TOO_MANY_TOKENS"]).toContain(
      res!.body.errors?.[0]?.extensions?.code,
    );
  });

  it("thousands of the same field without aliases stay within 1 s of CPU", async () => {
    const query = `{ ${"__typename ".repeat(40_000)} }`;
    let res: Awaited<ReturnType<typeof post>> | undefined;
    const cpu = await cpuOf(async () => (res = await post(t, { query })));
    expect(cpu).toBeLessThan(1);
    expectError(res!.body, "TOO_MANY_TOKENS");
  });

  it("directives are bounded", async () => {
    const spreads = Array.from({ length: 60 }, (_, i) => `...F${i}`).join(" ");
    const frags = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Concept { slug @include(if: true) }`,
    ).join(" ");
    const query = `{ concept(slug: "etcd") { ${spreads} } } ${frags}`;
    expectError((await post(t, { query })).body, "TOO_MANY_DIRECTIVES");
  });

  it("a document near the body limit is refused by its token count", async () => {
    const query = `{ concept(slug: "etcd") { ${"slug ".repeat(200_000)} } }`;
    let res: Awaited<ReturnType<typeof post>> | undefined;
    const cpu = await cpuOf(async () => (res = await post(t, { query })));
    expect(cpu).toBeLessThan(1);
    expectError(res!.body, "TOO_MANY_TOKENS");
  });

  it("every limit is counted through fragments", async () => {
    const frag = `fragment A on Concept { ${Array.from({ length: 20 }, (_, i) => `x${i}: slug`).join(" ")} }`;
    const query = `{ concept(slug: "etcd") { ...A related { concept { ...A } } } } ${frag}`;
    expectError((await post(t, { query })).body, "TOO_MANY_ALIASES");
  });
});

describe("introspection is not free", () => {
  it("the playground's introspection query passes", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const res = await post(t, { query: getIntrospectionQuery() });
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data as any).__schema.types.length).toBeGreaterThan(10);
  });

  it("a few introspections in one document go over the cost limit", async () => {
    const intro = `__schema { types { name fields { name type { name } } } }`;
    const res = await post(small, { query: aliases(4, intro) });
    expectError(res.body, "QUERY_TOO_COMPLEX");
  });
});

describe("the response size is capped", () => {
  it("an answer larger than MAX_RESPONSE_BYTES is refused with RESPONSE_TOO_LARGE", async () => {
    const query = `query Big { concepts(first: 100) { edges { node { slug summary description } } } }`;
    const res = await post(small, { query });
    expect(res.status).toBe(400);
    const err = expectError(res.body, "RESPONSE_TOO_LARGE");
    expect(err.message).toContain("MAX_RESPONSE_BYTES");
    expect(res.bytes).toBeLessThan(20_000);
  });

  it("the hot lane caps it too (the same query, run again and again)", async () => {
    const query = `query Big2 { concepts(first: 100) { edges { node { slug summary description } } } }`;
    for (let i = 0; i < 4; i++) {
      const res = await post(small, { query });
      expectError(res.body, "RESPONSE_TOO_LARGE");
    }
  });

  it("the hot lane still applies the cost limit to new variables", async () => {
    const query = `query Cost($n: Int!) { concepts(first: $n) { edges { node { slug related { label concept { slug related { label } } } } } } }`;
    for (let i = 0; i < 3; i++) {
      expect((await post(small, { query, variables: { n: 1 } })).body.errors).toBeUndefined();
    }
    expectError((await post(small, { query, variables: { n: 100 } })).body, "QUERY_TOO_COMPLEX");
  });
});
