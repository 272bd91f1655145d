// Read-your-writes headers on every database: a write's response names its change (KG-Change-Id);
// a read that sends it back (KG-Read-After) is answered once this process has that change. The
// read-replica side (waits for a streaming replica, falls back to the primary) is in
// test/read-replicas.postgres.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConcept } from "./factories.js";
import { type TestApp, bearer, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ READ_AFTER_WAIT_MS: "300" });
});
afterAll(() => t.close());

const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${t.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(t.adminKey), ...headers },
    body: JSON.stringify(body),
  });
}

describe("KG-Change-Id and KG-Read-After", () => {
  it("names the committed change on GraphQL and REST writes, and on nothing else", async () => {
    const viaGraphql = await post("/graphql", {
      query: CREATE,
      variables: { input: buildConcept() },
    });
    expect(viaGraphql.status).toBe(200);
    const first = Number(viaGraphql.headers.get("kg-change-id"));
    expect(first).toBeGreaterThan(0);

    const viaRest = await post("/api/v1/concepts", buildConcept());
    expect(viaRest.status).toBe(201);
    expect(Number(viaRest.headers.get("kg-change-id"))).toBeGreaterThan(first);

    const read = await fetch(`${t.url}/api/v1/concepts?first=1`, { headers: bearer(t.adminKey) });
    expect(read.status).toBe(200);
    expect(read.headers.get("kg-change-id")).toBeNull();
    const refused = await post("/graphql", {
      query: CREATE,
      variables: { input: { slug: "Bad Slug" } },
    });
    expect(refused.headers.get("kg-change-id")).toBeNull();
  });

  it("answers a read after a change this process has, on GraphQL and REST", async () => {
    const input = buildConcept();
    const res = await post("/graphql", { query: CREATE, variables: { input } });
    const id = res.headers.get("kg-change-id")!;
    const rest = await fetch(`${t.url}/api/v1/concepts/${input.slug}`, {
      headers: { ...bearer(t.adminKey), "kg-read-after": id },
    });
    expect(rest.status).toBe(200);
    const gql = await post(
      "/graphql",
      { query: `query($s: String!) { concept(slug: $s) { slug } }`, variables: { s: input.slug } },
      { "kg-read-after": id },
    );
    expect(((await gql.json()) as any).data.concept.slug).toBe(input.slug);
  });

  it.each([
    ["0", "must be a change id"],
    ["-3", "must be a change id"],
    ["1.5", "must be a change id"],
    ["abc", "must be a change id"],
    ["1".repeat(40), "must be a change id"],
    ["999999999", "there is no change 999999999"],
  ])("refuses KG-Read-After: %s with BAD_USER_INPUT naming the header", async (value, message) => {
    const rest = await fetch(`${t.url}/api/v1/concepts`, {
      headers: { ...bearer(t.adminKey), "kg-read-after": value },
    });
    expect(rest.status).toBe(400);
    const body = (await rest.json()) as any;
    expect(body.error).toMatchObject({ code: "BAD_USER_INPUT", field: "kg-read-after" });
    expect(body.error.message).toContain(message);

    const gql = await post(
      "/graphql",
      { query: "{ concepts { totalCount } }" },
      { "kg-read-after": value },
    );
    expect(gql.status).toBe(400);
    expect(((await gql.json()) as any).errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "kg-read-after",
    });
  });
});
