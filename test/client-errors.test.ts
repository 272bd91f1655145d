import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

/** Client mistakes get a 4xx in the shape of the API they were sent to, never a 500. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true", BODY_LIMIT: "4096" });
});
afterAll(() => t.close());

async function send(path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, json };
}

/** Asserts a GraphQL-shaped error answer (errors[0].extensions.code) with this status and code. */
function graphqlError(res: Awaited<ReturnType<typeof send>>, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.json?.errors?.[0]?.extensions?.code, res.text).toBe(code);
  expect(res.json?.statusCode).toBeUndefined();
  expect(res.text).not.toMatch(/at .+\.(js|ts):\d+/);
}

describe("GraphQL client mistakes", () => {
  it("several operations and no operationName: 400, not a crash", async () => {
    const query = `query A { concept(slug: "etcd") { slug } } query B { concept(slug: "pod") { slug } }`;
    for (let i = 0; i < 3; i++) {
      // Again and again: the hot lane and the compiled path must not crash on it either.
      graphqlError(
        await send("/graphql", JSON.stringify({ query })),
        400,
        "OPERATION_RESOLUTION_FAILURE",
      );
    }
    const named = await send("/graphql", JSON.stringify({ query, operationName: "B" }));
    expect(named.json.data.concept.slug).toBe("pod");
    const unknown = await send("/graphql", JSON.stringify({ query, operationName: "C" }));
    graphqlError(unknown, 400, "OPERATION_RESOLUTION_FAILURE");
  });

  it("a lone surrogate in a string argument or variable: 400", async () => {
    const query = `query L($s: String!) { concept(slug: $s) { slug } }`;
    const lone =
      '{"query":"query L($s: String!) { concept(slug: $s) { slug } }","variables":{"s":"\\ud800"}}';
    const res = await send("/graphql", lone);
    expect(res.status).toBeLessThan(500);
    expect(res.json.data?.concept ?? null).toBeNull();
    const inline = `{"query":"{ concept(slug: \\"\\ud800x\\") { slug } }"}`;
    expect((await send("/graphql", inline)).status).toBeLessThan(500);
    const write = `{"query":"mutation W($a: String!) { addAlias(slug: \\"etcd\\", alias: $a) { slug } }","variables":{"a":"a\\ud800b"}}`;
    const w = await send("/graphql", write, { authorization: `Bearer ${t.adminKey}` });
    expect(w.status).toBeLessThan(500);
    expect(w.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(query).toBeTruthy();
  });

  it("a subscription whose fields depend on a variable's value: 400, not a crash in validation", async () => {
    // graphql-js's single-field rule evaluated @include without variables and threw (patched).
    for (const query of [
      "subscription { slug @include(if: $v) concept }",
      "subscription S($v: Boolean!) { graphChanged @include(if: $v) { entity } }",
    ]) {
      const res = await send("/graphql", JSON.stringify({ query, variables: { v: true } }));
      expect(res.status, res.text).toBe(400);
      expect(res.json.errors[0].extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_REQUEST/);
    }
  });

  it("bad JSON gets a GraphQL error body", async () => {
    graphqlError(await send("/graphql", "{not json"), 400, "BAD_USER_INPUT");
  });

  it("a body over BODY_LIMIT gets a GraphQL error body with 413", async () => {
    const big = JSON.stringify({ query: `{ concepts { totalCount } } #${"x".repeat(8000)}` });
    graphqlError(await send("/graphql", big), 413, "PAYLOAD_TOO_LARGE");
  });

  it("an unsupported content type gets a GraphQL error body with 415", async () => {
    const res = await send("/graphql", "query=1", {
      "content-type": "application/x-www-form-urlencoded",
    });
    graphqlError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("a body that is JSON but not an object gets a 400", async () => {
    for (const body of [
      "[]",
      "1",
      '"x"',
      "null",
      '{"query": 1}',
      '{"query":"{ __typename }","variables":[]}',
    ]) {
      const res = await send("/graphql", body);
      expect(res.status, body).toBe(400);
      expect(res.json.errors[0].extensions.code, body).toMatch(/BAD_REQUEST|BAD_USER_INPUT/);
    }
  });
});

describe("REST client mistakes", () => {
  it("bad JSON, a large body and a wrong content type get REST error bodies", async () => {
    const key = { authorization: `Bearer ${t.adminKey}` };
    const bad = await send("/api/v1/concepts", "{oops", key);
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("BAD_USER_INPUT");
    const big = await send("/api/v1/concepts", JSON.stringify({ x: "y".repeat(8000) }), key);
    expect(big.status).toBe(413);
    expect(big.json.error.code).toBe("PAYLOAD_TOO_LARGE");
    const form = await send("/api/v1/concepts", "a=1", {
      ...key,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    expect(form.json.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});
