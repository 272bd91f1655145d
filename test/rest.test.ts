import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, bearer, buildConcept, fakeSecrets, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ BODY_LIMIT: "4096" });
});
afterAll(() => t.close());

async function rest(method: string, path: string, body?: unknown) {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers: {
      ...bearer(t.adminKey),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Asserts an error response: status, code and (when given) field, with nothing written. */
async function expectRestError(
  call: () => Promise<{ status: number; body: any }>,
  status: number,
  code: string,
  field?: string,
) {
  const before = await t.snapshot();
  const res = await call();
  expect(res.status).toBe(status);
  expect(res.body.error.code).toBe(code);
  if (field !== undefined) expect(res.body.error.field).toBe(field);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts|prisma|SELECT/i);
  expect(await t.snapshot()).toBe(before);
  return res.body.error;
}

describe("REST concepts", () => {
  it("creates, reads, lists with a filter and cursor, patches, upserts and deletes", async () => {
    const a = buildConcept({ slug: "rest-alpha", tags: ["rest-test"], aliases: ["Alpha One"] });
    const b = buildConcept({ slug: "rest-beta", tags: ["rest-test"] });
    expect((await rest("POST", "/api/v1/concepts", a)).status).toBe(201);
    const created = await rest("POST", "/api/v1/concepts", b);
    expect(created.body).toMatchObject({ slug: "rest-beta", tags: ["rest-test"], version: 1 });

    const p1 = await rest("GET", "/api/v1/concepts?tag=rest-test&first=1");
    expect(p1.body).toMatchObject({ totalCount: 2, hasNextPage: true });
    expect(p1.body.items.map((c: any) => c.slug)).toEqual(["rest-alpha"]);
    expect(p1.body.items[0].aliases).toEqual(["Alpha One"]);
    const p2 = await rest(
      "GET",
      `/api/v1/concepts?tag=rest-test&first=1&after=${p1.body.endCursor}`,
    );
    expect(p2.body.items.map((c: any) => c.slug)).toEqual(["rest-beta"]);
    expect(p2.body.hasNextPage).toBe(false);

    const patched = await rest("PATCH", "/api/v1/concepts/rest-beta", { summary: "Changed." });
    expect(patched.body).toMatchObject({ summary: "Changed.", version: 2 });

    const put = { name: "Gamma", kind: "tool", summary: "Put twice." };
    const first = await rest("PUT", "/api/v1/concepts/rest-gamma", put);
    expect(first.status).toBe(200);
    const snap = await t.snapshot();
    const again = await rest("PUT", "/api/v1/concepts/rest-gamma", put);
    expect(again.body.version).toBe(1);
    expect(await t.snapshot()).toBe(snap);

    await rest("PUT", "/api/v1/relation-types/uses", { label: "uses", inverseLabel: "used by" });
    await rest("POST", "/api/v1/relations", {
      source: "rest-alpha",
      type: "uses",
      target: "rest-beta",
    });
    const detail = await rest("GET", "/api/v1/concepts/rest-beta");
    expect(detail.body.relations).toEqual([
      expect.objectContaining({
        type: "uses",
        direction: "IN",
        concept: expect.objectContaining({ slug: "rest-alpha" }),
      }),
    ]);

    await expectRestError(() => rest("DELETE", "/api/v1/concepts/rest-beta"), 409, "CONFLICT");
    const del = await rest("DELETE", "/api/v1/concepts/rest-beta?cascade=true");
    expect(del.body).toEqual({ slug: "rest-beta", deletedRelations: 1, deletedNotes: 0 });
    expect((await rest("GET", "/api/v1/concepts/rest-beta")).status).toBe(404);
  });

  it("adds and removes aliases", async () => {
    await rest("POST", "/api/v1/concepts", buildConcept({ slug: "rest-alias" }));
    const added = await rest("POST", "/api/v1/concepts/rest-alias/aliases", { alias: "RA" });
    expect(added.status).toBe(201);
    expect(added.body.aliases).toEqual(["RA"]);
    const removed = await rest("DELETE", "/api/v1/concepts/rest-alias/aliases/RA");
    expect(removed.body.aliases).toEqual([]);
  });

  it("maps every error to its status, code and field, writing nothing", async () => {
    await rest("POST", "/api/v1/concepts", buildConcept({ slug: "rest-taken" }));
    await expectRestError(
      () => rest("POST", "/api/v1/concepts", buildConcept({ slug: "Not Kebab" })),
      400,
      "BAD_USER_INPUT",
      "input.slug",
    );
    await expectRestError(
      () => rest("POST", "/api/v1/concepts", { slug: "no-name", kind: "tool", summary: "s" }),
      400,
      "BAD_USER_INPUT",
      "input.name",
    );
    await expectRestError(
      () => rest("POST", "/api/v1/concepts", "{not json"),
      400,
      "BAD_USER_INPUT",
      "body",
    );
    await expectRestError(
      () => rest("POST", "/api/v1/concepts", buildConcept({ summary: fakeSecrets.jwt() })),
      400,
      "BAD_USER_INPUT",
      "input.summary",
    );
    await expectRestError(
      () => rest("GET", "/api/v1/concepts?first=100000"),
      400,
      "BAD_USER_INPUT",
      "first",
    );
    await expectRestError(() => rest("GET", "/api/v1/concepts/missing"), 404, "NOT_FOUND", "slug");
    await expectRestError(() => rest("GET", "/api/v1/nowhere"), 404, "NOT_FOUND", "path");
    await expectRestError(
      () => rest("POST", "/api/v1/concepts", buildConcept({ slug: "rest-taken" })),
      409,
      "CONFLICT",
      "input.slug",
    );
    await expectRestError(
      () => rest("POST", "/api/v1/concepts", buildConcept({ description: "x".repeat(5000) })),
      413,
      "PAYLOAD_TOO_LARGE",
      "body",
    );
  });
});

describe("REST relation types, relations and notes", () => {
  it("round-trips each resource through its routes", async () => {
    const rt = await rest("POST", "/api/v1/relation-types", {
      key: "rest-links",
      label: "links",
      inverseLabel: "linked by",
    });
    expect(rt.status).toBe(201);
    await expectRestError(
      () => rest("POST", "/api/v1/relation-types", { key: "rest-links", label: "x" }),
      409,
      "CONFLICT",
      "input.key",
    );
    const put = await rest("PUT", "/api/v1/relation-types/rest-links", { label: "links to" });
    expect(put.body).toMatchObject({ key: "rest-links", label: "links to" });
    const put2 = await rest("PUT", "/api/v1/relation-types/rest-new", { label: "new" });
    expect(put2.body).toMatchObject({ key: "rest-new", inverseLabel: "inverse of new" });
    expect((await rest("GET", "/api/v1/relation-types")).body.map((r: any) => r.key)).toContain(
      "rest-links",
    );

    for (const slug of ["rest-r1", "rest-r2"]) {
      await rest("POST", "/api/v1/concepts", buildConcept({ slug }));
    }
    const rel = await rest("PUT", "/api/v1/relations/rest-r1/rest-links/rest-r2", {
      description: "first",
    });
    expect(rel.body).toMatchObject({ source: "rest-r1", type: "rest-links", target: "rest-r2" });
    const same = await rest("PUT", "/api/v1/relations/rest-r1/rest-links/rest-r2", {
      description: "first",
    });
    expect(same.body.id).toBe(rel.body.id);
    const list = await rest("GET", "/api/v1/relations?type=rest-links");
    expect(list.body.totalCount).toBe(1);
    expect(
      (await rest("PATCH", `/api/v1/relations/${rel.body.id}`, { description: "second" })).body
        .version,
    ).toBe(2);
    await expectRestError(
      () => rest("DELETE", "/api/v1/relation-types/rest-links"),
      409,
      "CONFLICT",
      "key",
    );
    await expectRestError(
      () =>
        rest("POST", "/api/v1/relations", { source: "rest-r1", type: "nope", target: "rest-r2" }),
      400,
      "BAD_USER_INPUT",
      "input.type",
    );

    const note = await rest("POST", "/api/v1/notes", { concept: "rest-r1", body: "Hello." });
    expect(note.status).toBe(201);
    expect((await rest("GET", "/api/v1/concepts/rest-r1/notes")).body).toEqual([
      expect.objectContaining({ id: note.body.id, body: "Hello." }),
    ]);
    const changed = await rest("PATCH", `/api/v1/notes/${note.body.id}`, { body: "Bye." });
    expect(changed.body).toMatchObject({ body: "Bye.", version: 2 });
    await expectRestError(
      () => rest("PATCH", `/api/v1/notes/${note.body.id}`, { body: "x", expectedVersion: 1 }),
      409,
      "CONFLICT",
      "input.expectedVersion",
    );
    expect((await rest("DELETE", `/api/v1/notes/${note.body.id}`)).body).toEqual({
      id: note.body.id,
    });
    await expectRestError(() => rest("GET", "/api/v1/notes/abc"), 400, "BAD_USER_INPUT", "id");
    await expectRestError(() => rest("GET", `/api/v1/notes/${note.body.id}`), 404, "NOT_FOUND");
    expect((await rest("DELETE", `/api/v1/relations/${rel.body.id}`)).status).toBe(200);
    expect((await rest("DELETE", "/api/v1/relation-types/rest-links")).status).toBe(200);
  });
});

describe("OpenAPI", () => {
  it("serves an OpenAPI 3.1 document generated from the route schemas", async () => {
    const doc = (await rest("GET", "/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/concepts",
        "/api/v1/concepts/{slug}",
        "/api/v1/relations/{source}/{type}/{target}",
        "/api/v1/relation-types/{key}",
        "/api/v1/notes/{id}",
      ]),
    );
    expect(Object.keys(doc.paths)).not.toContain("/graphql");
    expect(
      doc.paths["/api/v1/concepts"].post.requestBody.content["application/json"].schema.required,
    ).toEqual(["slug", "name", "kind", "summary"]);
    expect(doc.components.schemas.Error).toBeDefined();
    // Shapes are TypeBox schemas: plain JSON Schema, nullables as OpenAPI 3.1 type arrays.
    const docsUrl =
      doc.paths["/api/v1/concepts"].post.requestBody.content["application/json"].schema.properties
        .docsUrl;
    expect(docsUrl.type).toEqual(["string", "null"]);
    expect(JSON.stringify(doc)).not.toMatch(/anyOf|~kind|~optional/);
  });

  it("renders it on a page whose assets are all served locally", async () => {
    const res = await fetch(`${t.url}/api/docs`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("swagger-ui");
    expect(html).not.toMatch(/https?:\/\//);
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(2);
    for (const ref of refs) {
      expect(ref.startsWith("/api/docs/")).toBe(true);
      const asset = await fetch(`${t.url}${ref}`);
      expect(asset.status).toBe(200);
      await asset.arrayBuffer();
    }
  });
});
