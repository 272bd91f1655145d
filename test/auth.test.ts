import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, bearer, buildConcept, startTestApp } from "./helpers.js";

/** One request over real HTTP: its status, headers and JSON body. */
async function call(
  t: TestApp,
  method: string,
  path: string,
  opts: { key?: string | null; body?: unknown; authorization?: string } = {},
) {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers: {
      ...bearer(opts.key),
      ...(opts.authorization ? { authorization: opts.authorization } : {}),
      ...(opts.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const gqlCall = (t: TestApp, query: string, variables: object, key: string | null) =>
  call(t, "POST", "/graphql", { key, body: { query, variables } });

const CREATE_CONCEPT = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const CREATE_TYPE = `mutation { createRelationType(input: { key: "guards", label: "guards" }) { key } }`;
const IMPORT = `mutation($input: ImportInput!) { importGraph(input: $input) { created } }`;
const NOTES_MD = "## Storage\n- etcd, the store\n";

let t: TestApp;
let reader: string;
let editor: string;
beforeAll(async () => {
  t = await startTestApp();
  reader = await t.createKey("reader");
  editor = await t.createKey("editor");
  await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "etcd", name: "etcd" }) });
  await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "kube-apiserver", name: "API" }) });
  await t.gql(
    `mutation { createRelationType(input: { key: "depends-on", label: "depends on" }) { key } }`,
  );
});
afterAll(() => t.close());

/** Asserts that `send` is refused with `status` and `code` and leaves every table as it was. */
async function refusedWithoutChange(
  status: number,
  code: string,
  send: () => Promise<{ status: number; body: any }>,
) {
  const before = await t.snapshot();
  const res = await send();
  expect(res.status).toBe(status);
  const got = res.body.errors?.[0]?.extensions?.code ?? res.body.error?.code;
  expect(got).toBe(code);
  expect(await t.snapshot()).toBe(before);
  return res;
}

describe("authentication", () => {
  it("reads are open without a key, on GraphQL and REST", async () => {
    const q = await gqlCall(t, `{ concept(slug: "etcd") { name } }`, {}, null);
    expect(q.status).toBe(200);
    expect(q.body.data.concept.name).toBe("etcd");
    expect((await call(t, "GET", "/api/v1/concepts/etcd")).status).toBe(200);
  });

  it("a write without a key is UNAUTHENTICATED (401) and changes nothing: GraphQL, REST, import", async () => {
    const input = buildConcept();
    const res = await refusedWithoutChange(401, "UNAUTHENTICATED", () =>
      gqlCall(t, CREATE_CONCEPT, { input }, null),
    );
    expect(res.body.data).toBeNull();
    await refusedWithoutChange(401, "UNAUTHENTICATED", () =>
      call(t, "POST", "/api/v1/concepts", { body: input }),
    );
    await refusedWithoutChange(401, "UNAUTHENTICATED", () =>
      call(t, "POST", "/api/v1/import", { body: { format: "markdown", content: NOTES_MD } }),
    );
    await refusedWithoutChange(401, "UNAUTHENTICATED", () =>
      gqlCall(t, IMPORT, { input: { format: "markdown", content: NOTES_MD } }, null),
    );
    await refusedWithoutChange(401, "UNAUTHENTICATED", () =>
      call(t, "DELETE", "/api/v1/concepts/etcd?cascade=true"),
    );
    // A body that arrives in many chunks is still read as the anonymous caller's request.
    await refusedWithoutChange(401, "UNAUTHENTICATED", () =>
      call(t, "POST", "/graphql", {
        body: {
          query: `mutation { createConcept(input: { slug: "zz", name: "zz", kind: "component", summary: "s" }) { slug } }`,
          variables: { padding: "x".repeat(900_000) },
        },
      }),
    );
  });

  it("a malformed, unknown or revoked key is UNAUTHENTICATED (401) even on reads", async () => {
    const read = `{ concepts { totalCount } }`;
    for (const authorization of ["Bearer nope", "Basic dXNlcjpwdw==", "Bearer"]) {
      const res = await call(t, "POST", "/graphql", { authorization, body: { query: read } });
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
    }
    const unknown = `kg_${"x".repeat(40)}`;
    const r1 = await gqlCall(t, read, {}, unknown);
    expect([r1.status, r1.body.errors[0].message]).toEqual([401, "The API key is unknown"]);
    const r2 = await call(t, "GET", "/api/v1/concepts", { key: unknown });
    expect([r2.status, r2.body.error.code]).toEqual([401, "UNAUTHENTICATED"]);

    const soon = await t.createKey("editor", "soon-revoked");
    expect((await gqlCall(t, read, {}, soon)).status).toBe(200);
    const revoked = await t.gql(`mutation { revokeApiKey(name: "soon-revoked") { revokedAt } }`);
    expect(revoked.data?.revokeApiKey.revokedAt).toBeTruthy();
    // At once, in this process: no cache keeps it alive.
    const after = await gqlCall(t, read, {}, soon);
    expect([after.status, after.body.errors[0].message]).toEqual([
      401,
      "The API key has been revoked",
    ]);
    await refusedWithoutChange(401, "UNAUTHENTICATED", () =>
      call(t, "POST", "/api/v1/concepts", { key: soon, body: buildConcept() }),
    );
  });
});

describe("roles", () => {
  it("a reader reads, and every write of a reader is FORBIDDEN (403), naming the role", async () => {
    expect((await gqlCall(t, `{ concepts { totalCount } }`, {}, reader)).status).toBe(200);
    const res = await refusedWithoutChange(403, "FORBIDDEN", () =>
      gqlCall(t, CREATE_CONCEPT, { input: buildConcept() }, reader),
    );
    // The service saw the reader's key: the actor reached it through the request.
    const who = await gqlCall(t, `{ whoami { name role } }`, {}, reader);
    expect(who.body.data.whoami).toEqual({ name: "test-reader-1", role: "reader" });
    const anon = await gqlCall(t, `{ whoami { name role } }`, {}, null);
    expect(anon.body.data.whoami).toEqual({ name: "anonymous", role: null });
    expect(res.body.errors[0].message).toBe(
      "This needs the editor role; the API key has the reader role",
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      call(t, "POST", "/api/v1/notes", { key: reader, body: { concept: "etcd", body: "hi" } }),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      gqlCall(t, `mutation { addAlias(slug: "etcd", alias: "the store") { slug } }`, {}, reader),
    );
  });

  it("an editor edits concepts, relations and notes", async () => {
    const c = await gqlCall(t, CREATE_CONCEPT, { input: buildConcept({ slug: "pod" }) }, editor);
    expect([c.status, c.body.data.createConcept.slug]).toEqual([200, "pod"]);
    const rel = await gqlCall(
      t,
      `mutation { createRelation(input: { source: "kube-apiserver", type: "depends-on", target: "etcd" }) { id } }`,
      {},
      editor,
    );
    expect(rel.body.errors).toBeUndefined();
    const id = rel.body.data.createRelation.id as string;
    const note = await call(t, "POST", "/api/v1/notes", {
      key: editor,
      body: { relation: id, body: "The API server is etcd's only client." },
    });
    expect(note.status).toBe(201);
    expect((await call(t, "DELETE", `/api/v1/notes/${note.body.id}`, { key: editor })).status).toBe(
      200,
    );
    expect((await call(t, "DELETE", `/api/v1/relations/${id}`, { key: editor })).status).toBe(200);
  });

  it("an editor may not delete concepts, touch relation types, import or manage keys (403)", async () => {
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      gqlCall(t, `mutation { deleteConcept(slug: "pod", cascade: true) { slug } }`, {}, editor),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      call(t, "DELETE", "/api/v1/concepts/pod", { key: editor }),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () => gqlCall(t, CREATE_TYPE, {}, editor));
    // PUT runs in one unit of work: the service inside it still checks.
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      call(t, "PUT", "/api/v1/relation-types/guards", { key: editor, body: { label: "guards" } }),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      gqlCall(t, IMPORT, { input: { format: "markdown", content: NOTES_MD } }, editor),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      gqlCall(
        t,
        IMPORT,
        { input: { format: "markdown", content: NOTES_MD, dryRun: true } },
        editor,
      ),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      call(t, "POST", "/api/v1/import", {
        key: editor,
        body: { format: "markdown", content: NOTES_MD },
      }),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      gqlCall(
        t,
        `mutation { createApiKey(input: { name: "mine", role: "admin" }) { secret } }`,
        {},
        editor,
      ),
    );
    await refusedWithoutChange(403, "FORBIDDEN", () =>
      call(t, "GET", "/api/v1/keys", { key: editor }),
    );
  });

  it("several mutations in one operation are each checked: none side-steps the role", async () => {
    const input = buildConcept();
    const res = await gqlCall(
      t,
      `mutation($input: ConceptInput!) {
        a: createConcept(input: $input) { slug }
        b: createRelationType(input: { key: "guards", label: "guards" }) { key }
        c: deleteConcept(slug: "etcd", cascade: true) { slug }
      }`,
      { input },
      editor,
    );
    expect(res.status).toBe(403);
    // Mutations run one after another: a ran (an editor may), b was refused, which ends the
    // operation (its field is non-null); c never ran, and would have been refused as well.
    expect(res.body.errors.map((e: any) => [e.path[0], e.extensions.code])).toEqual([
      ["b", "FORBIDDEN"],
    ]);
    const still = await t.gql(
      `{ concept(slug: "etcd") { slug } relationType(key: "guards") { key } }`,
    );
    expect(still.data).toEqual({ concept: { slug: "etcd" }, relationType: null });

    // The same operation without a key writes nothing at all.
    const before = await t.snapshot();
    const anon = await gqlCall(
      t,
      `mutation($input: ConceptInput!) { a: createConcept(input: $input) { slug } b: addNote(input: { concept: "etcd", body: "x" }) { id } }`,
      { input: buildConcept() },
      null,
    );
    expect(anon.status).toBe(401);
    expect(anon.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(await t.snapshot()).toBe(before);
  });

  it("an admin does everything: relation types, imports, deleting with cascade", async () => {
    expect((await gqlCall(t, CREATE_TYPE, {}, t.adminKey)).body.data.createRelationType.key).toBe(
      "guards",
    );
    const imp = await call(t, "POST", "/api/v1/import", {
      key: t.adminKey,
      body: { format: "markdown", content: NOTES_MD },
    });
    expect(imp.status).toBe(200);
    const del = await gqlCall(
      t,
      `mutation { deleteConcept(slug: "pod", cascade: true) { slug } }`,
      {},
      t.adminKey,
    );
    expect(del.body.data.deleteConcept.slug).toBe("pod");
  });

  it("query depth limits and body size limits apply to authenticated callers too", async () => {
    const deep = `{ concept(slug: "etcd") { related { concept { related { concept { related { concept { related { concept { related { concept { slug } } } } } } } } } } } }`;
    const res = await gqlCall(t, deep, {}, t.adminKey);
    expect(res.body.errors[0].extensions.code).toBe("QUERY_TOO_DEEP");
    const big = await call(t, "POST", "/api/v1/concepts", {
      key: t.adminKey,
      body: buildConcept({ description: "x".repeat(2_000_000) }),
    });
    expect([big.status, big.body.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
  });
});

describe("the OpenAPI document", () => {
  it("declares the bearer key and the 401/403/429 answers", async () => {
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as any;
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    const post = doc.paths["/api/v1/concepts"].post.responses;
    expect(Object.keys(post)).toEqual(expect.arrayContaining(["401", "403", "429"]));
    const get = doc.paths["/api/v1/concepts"].get.responses;
    expect(Object.keys(get)).toEqual(expect.arrayContaining(["401", "429"]));
    expect(Object.keys(get)).not.toContain("403");
  });
});

describe("READS_REQUIRE_KEY=true", () => {
  let closed: TestApp;
  beforeAll(async () => {
    closed = await startTestApp({ READS_REQUIRE_KEY: "true" });
  });
  afterAll(() => closed.close());

  it("refuses reads without a key (401) and answers them with any valid key", async () => {
    const anon = await gqlCall(closed, `{ concepts { totalCount } }`, {}, null);
    expect([anon.status, anon.body.errors[0].extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
    const rest = await call(closed, "GET", "/api/v1/export?format=json");
    expect([rest.status, rest.body.error.code]).toEqual([401, "UNAUTHENTICATED"]);
    const key = await closed.createKey("reader");
    const ok = await gqlCall(closed, `{ concepts { totalCount } }`, {}, key);
    expect([ok.status, ok.body.data.concepts.totalCount]).toEqual([200, 0]);
    // Pages stay open: the playground itself needs no key, only its requests do.
    expect((await fetch(`${closed.url}/playground`)).status).toBe(200);
  });
});
