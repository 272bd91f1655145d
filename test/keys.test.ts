import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, bearer, expectError, startTestApp } from "./helpers.js";
import { until } from "./ws-client.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CREATE = `mutation($input: ApiKeyInput!) {
  createApiKey(input: $input) { secret key { name role prefix createdAt lastUsedAt revokedAt } }
}`;
const LIST = `{ apiKeys { name role prefix lastUsedAt revokedAt } }`;

describe("API keys", () => {
  it("creates a key whose secret is shown once, and stored only as a hash and a prefix", async () => {
    const res = await t.gql(CREATE, { input: { name: "importer", role: "editor" } });
    const { secret, key } = res.data!.createApiKey;
    expect(secret).toMatch(/^kg_[0-9A-Za-z]{40}$/);
    expect(key).toMatchObject({ name: "importer", role: "editor", revokedAt: null });
    expect(secret.startsWith(key.prefix)).toBe(true);
    expect(key.prefix.length).toBeLessThan(12);

    // Nowhere to read it again: not in lists, not in the rows, not in the database file.
    const list = await t.gql(LIST);
    expect(JSON.stringify(list)).not.toContain(secret.slice(key.prefix.length));
    const rows =
      await t.app.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "ApiKey"`);
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(String(row.hash)).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(secret.slice(key.prefix.length));
      expect(JSON.stringify(row)).not.toContain(t.adminKey.slice(key.prefix.length));
    }
    const bytes = await t.storedText();
    expect(bytes).toContain("importer");
    expect(bytes).not.toContain(secret.slice(key.prefix.length));

    // The key works, and lists show when it was last used.
    const me = await t.gql(`{ concepts { totalCount } }`, {}, { key: secret });
    expect(me.errors).toBeUndefined();
    // Written beside the request, not before its answer: it may take a moment.
    await until(async () => {
      const used = (await t.gql(LIST)).data!.apiKeys.find((k: any) => k.name === "importer");
      return Boolean(used.lastUsedAt);
    }, "lastUsedAt");
  });

  it("refuses a bad name or role, and a name in use, naming the field", async () => {
    expectError(
      await t.gql(CREATE, { input: { name: "", role: "editor" } }),
      "BAD_USER_INPUT",
      "input.name",
    );
    expectError(
      await t.gql(CREATE, { input: { name: "has space", role: "editor" } }),
      "BAD_USER_INPUT",
      "input.name",
    );
    expectError(
      await t.gql(CREATE, { input: { name: "x", role: "root" } }),
      "BAD_USER_INPUT",
      "input.role",
    );
    expectError(
      await t.gql(CREATE, { input: { name: "importer", role: "admin" } }),
      "CONFLICT",
      "input.name",
    );
  });

  it("revokes by name: refused at once, still listed as revoked, unknown names NOT_FOUND", async () => {
    const { secret } = (await t.gql(CREATE, { input: { name: "temp", role: "reader" } })).data!
      .createApiKey;
    const revoked = await t.gql(`mutation { revokeApiKey(name: "temp") { name revokedAt } }`);
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy();
    expectError(await t.gql(`{ concepts { totalCount } }`, {}, { key: secret }), "UNAUTHENTICATED");
    const listed = (await t.gql(LIST)).data!.apiKeys.find((k: any) => k.name === "temp");
    expect(listed.revokedAt).toBe(revoked.data!.revokeApiKey.revokedAt);
    expectError(
      await t.gql(`mutation { revokeApiKey(name: "nobody") { name } }`),
      "NOT_FOUND",
      "name",
    );
  });

  it("refuses a note that holds an API key, like any other credential", async () => {
    await t.gql(
      `mutation { createConcept(input: { slug: "etcd", name: "etcd", kind: "component", summary: "s" }) { slug } }`,
    );
    const res = await t.gql(
      `mutation($body: String!) { addNote(input: { concept: "etcd", body: $body }) { id } }`,
      {
        body: `use ${await t.createKey("reader")} for CI`,
      },
    );
    expect(expectError(res, "BAD_USER_INPUT", "input.body").message).toContain(
      "(kg-api-key) on line 1",
    );
  });

  it("lists keys for admins only", async () => {
    expectError(await t.gql(LIST, {}, { key: null }), "UNAUTHENTICATED");
    expectError(await t.gql(LIST, {}, { key: await t.createKey("editor") }), "FORBIDDEN");
  });

  it("manages keys over REST too: POST shows the secret once, GET lists, DELETE revokes", async () => {
    const post = await fetch(`${t.url}/api/v1/keys`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(t.adminKey) },
      body: JSON.stringify({ name: "rest-key", role: "reader" }),
    });
    expect(post.status).toBe(201);
    const created = (await post.json()) as any;
    expect(created.secret).toMatch(/^kg_/);
    expect(created.key).toEqual(expect.objectContaining({ name: "rest-key", role: "reader" }));
    expect(created.key.hash).toBeUndefined();
    const list = (await (
      await fetch(`${t.url}/api/v1/keys`, { headers: bearer(t.adminKey) })
    ).json()) as any[];
    expect(list.map((k) => k.name)).toContain("rest-key");
    expect(JSON.stringify(list)).not.toMatch(/hash|secret|"id"/);
    const del = await fetch(`${t.url}/api/v1/keys/rest-key`, {
      method: "DELETE",
      headers: bearer(t.adminKey),
    });
    expect(del.status).toBe(200);
    expect(((await del.json()) as any).revokedAt).toBeTruthy();
    const anon = await fetch(`${t.url}/api/v1/keys`);
    expect(anon.status).toBe(401);
    expect(((await anon.json()) as any).error.code).toBe("UNAUTHENTICATED");
  });
});
