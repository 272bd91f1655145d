import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type TestApp, buildConcept, fakeSecrets, startTestApp } from "./helpers.js";
import { subscribe, until, wsClient } from "./ws-client.js";

const CREATE_CONCEPT = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const UPDATE_CONCEPT = `mutation($slug: String!, $input: ConceptPatch!) { updateConcept(slug: $slug, input: $input) { slug } }`;
const CREATE_TYPE = `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key } }`;
const CREATE_RELATION = `mutation($input: RelationInput!) { createRelation(input: $input) { id } }`;
const ADD_NOTE = `mutation($input: NoteInput!) { addNote(input: $input) { id } }`;
const IMPORT = `mutation($input: ImportInput!) { importGraph(input: $input) { created } }`;

const CHANGES = `subscription($filter: GraphChangeFilter) {
  graphChanged(filter: $filter) {
    entity op key slugs remote actor changeId
    concept { slug name }
    relation { id source { slug } target { slug } type { key } }
    note { id body concept { slug } }
  }
}`;

let t: TestApp;
const clients: ReturnType<typeof wsClient>[] = [];
const client = (params?: Record<string, unknown>) => {
  const c = wsClient(t.url, params);
  clients.push(c);
  return c;
};

/** Subscribes and waits until the server holds one more subscription. */
async function live(filter?: Record<string, unknown>, c = client()) {
  const before = t.app.services.live.active;
  const sub = subscribe(c, CHANGES, filter ? { filter } : {});
  await until(() => t.app.services.live.active > before, "the subscription to be open");
  return sub;
}

beforeAll(async () => {
  t = await startTestApp({ WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "3" });
  for (const slug of ["pod", "node", "kubelet"]) {
    await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug, name: slug }) });
  }
  await t.gql(CREATE_TYPE, { input: { key: "runs-on", label: "runs on", inverseLabel: "hosts" } });
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.dispose();
  await until(() => t.app.services.live.active === 0, "every subscription to end");
});
afterAll(async () => {
  await t.close();
});

describe("graphChanged", () => {
  it("tells a subscriber about a committed concept change, with the object after it", async () => {
    const sub = await live();
    const input = buildConcept();
    await t.gql(CREATE_CONCEPT, { input });
    const { graphChanged: e } = await sub.next();
    expect(e).toMatchObject({
      entity: "CONCEPT",
      op: "CREATE",
      key: input.slug,
      slugs: [input.slug],
      remote: false,
      actor: "test-admin",
      changeId: expect.stringMatching(/^\d+$/),
      concept: { slug: input.slug, name: input.name },
      relation: null,
    });
    await t.gql(UPDATE_CONCEPT, { slug: input.slug, input: { name: "Renamed" } });
    expect((await sub.next()).graphChanged).toMatchObject({
      op: "UPDATE",
      concept: { name: "Renamed" },
    });
    await sub.stop();
    await until(() => t.app.services.live.active === 0, "the subscription to end");
  });

  it("filters by entity, op and slug: a relation matches its ends, a note its concept", async () => {
    const podOnly = await live({ slugs: ["pod"] });
    const relations = await live({ entities: ["RELATION"] });
    const creates = await live({ ops: ["CREATE"], entities: ["NOTE", "CONCEPT"] });

    await t.gql(UPDATE_CONCEPT, { slug: "node", input: { name: "Node" } }); // none of them
    const rel = await t.gql(CREATE_RELATION, {
      input: { source: "pod", type: "runs-on", target: "node" },
    });
    const relId = rel.data!.createRelation.id;
    const note = await t.gql(ADD_NOTE, { input: { concept: "pod", body: "Pods are small." } });
    await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "etcd" }) });

    const r1 = (await podOnly.next()).graphChanged;
    expect(r1).toMatchObject({ entity: "RELATION", op: "CREATE", key: relId });
    expect(r1.slugs.sort()).toEqual(["node", "pod"]);
    expect(r1.relation).toMatchObject({ source: { slug: "pod" }, target: { slug: "node" } });
    expect((await podOnly.next()).graphChanged).toMatchObject({
      entity: "NOTE",
      key: note.data!.addNote.id,
      slugs: ["pod"],
      note: { body: "Pods are small.", concept: { slug: "pod" } },
    });

    expect((await relations.next()).graphChanged).toMatchObject({ entity: "RELATION", key: relId });

    expect((await creates.next()).graphChanged).toMatchObject({ entity: "NOTE", op: "CREATE" });
    expect((await creates.next()).graphChanged).toMatchObject({ entity: "CONCEPT", key: "etcd" });

    // Nothing else was waiting: the next event each sees is the one made for it now.
    await t.gql(ADD_NOTE, { input: { concept: "pod", body: "Second." } });
    await t.gql(CREATE_RELATION, { input: { source: "kubelet", type: "runs-on", target: "node" } });
    expect((await podOnly.next()).graphChanged).toMatchObject({ note: { body: "Second." } });
    expect((await relations.next()).graphChanged.slugs.sort()).toEqual(["kubelet", "node"]);
    expect((await creates.next()).graphChanged).toMatchObject({ note: { body: "Second." } });
    for (const s of [podOnly, relations, creates]) await s.stop();
  });

  it("a failed write tells nothing", async () => {
    const sub = await live();
    const dup = await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "pod" }) });
    expect(dup.errors![0]!.extensions!.code).toBe("CONFLICT");
    const secret = await t.gql(ADD_NOTE, { input: { concept: "pod", body: fakeSecrets.awsKey() } });
    expect(secret.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const ok = buildConcept();
    await t.gql(CREATE_CONCEPT, { input: ok });
    expect((await sub.next()).graphChanged).toMatchObject({ key: ok.slug, op: "CREATE" });
    await sub.stop();
  });

  it("an import tells its changes only after it committed; a dry run or a failed one tells nothing", async () => {
    const sub = await live({ entities: ["CONCEPT"] });
    const content = "## Storage\n- CSI, container storage interface\n  - Rook\n";
    const dry = await t.gql(IMPORT, { input: { format: "markdown", content, dryRun: true } });
    expect(dry.data!.importGraph.created).toBeGreaterThan(0);
    const bad = await t.gql(IMPORT, { input: { format: "json", content: "nope" } });
    expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");

    const real = t.gql(IMPORT, { input: { format: "markdown", content } });
    const first = (await sub.next()).graphChanged;
    // Told after commit: another connection already sees the row.
    const rows = await t.app.db.prisma.concept.findMany({ where: { slug: first.key } });
    expect(rows).toHaveLength(1);
    expect(first.op).toBe("CREATE");
    expect((await real).data!.importGraph.created).toBeGreaterThan(0);
    await sub.stop();
  });

  it("applies the depth and cost limits, and refuses bad filters naming the field", async () => {
    const c = client();
    const deep = subscribe(
      c,
      `subscription { graphChanged { concept { relations { source { relations { target { relations { source { relations { target { slug } } } } } } } } } } }`,
    );
    await expect(deep.next()).rejects.toMatchObject({
      errors: [{ extensions: { code: "QUERY_TOO_DEEP" } }],
    });
    const empty = subscribe(c, CHANGES, { filter: { entities: [] } });
    await expect(empty.next()).rejects.toMatchObject({
      errors: [{ extensions: { code: "BAD_USER_INPUT", field: "filter.entities" } }],
    });
    const query = subscribe(c, `{ concept(slug: "pod") { slug } }`);
    await expect(query.next()).rejects.toMatchObject({
      errors: [{ extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("limits subscriptions per connection", async () => {
    const c = client();
    const subs = [await live({}, c), await live({}, c), await live({}, c)];
    const fourth = subscribe(c, CHANGES);
    await expect(fourth.next()).rejects.toMatchObject({
      errors: [{ message: expect.stringContaining("WS_MAX_SUBSCRIPTIONS_PER_CONNECTION") }],
    });
    for (const s of subs) await s.stop();
  });

  it("takes connectionParams.authorization as a Bearer token; a malformed, unknown or revoked one is refused", async () => {
    const ok = client({ authorization: `Bearer ${await t.createKey("reader")}` });
    const sub = await live({ slugs: ["kubelet"] }, ok);
    await t.gql(UPDATE_CONCEPT, { slug: "kubelet", input: { name: "Kubelet" } });
    expect((await sub.next()).graphChanged.key).toBe("kubelet");
    await sub.stop();

    const bad = client({ authorization: "Basic abc" });
    subscribe(bad, CHANGES)
      .next()
      .catch(() => undefined);
    expect((await bad.closed).code).toBe(4403);

    const unknown = client({ authorization: `Bearer kg_${"0".repeat(40)}` });
    subscribe(unknown, CHANGES)
      .next()
      .catch(() => undefined);
    expect((await unknown.closed).code).toBe(4403);

    const revokedKey = await t.createKey("reader", "sub-revoked");
    await t.app.services.keys.revoke("sub-revoked");
    const revoked = client({ authorization: `Bearer ${revokedKey}` });
    subscribe(revoked, CHANGES)
      .next()
      .catch(() => undefined);
    expect((await revoked.closed).code).toBe(4403);
  });

  it("speaks only graphql-transport-ws, only at /graphql", async () => {
    const wrongPath = new WebSocket(
      `${t.url.replace("http", "ws")}/elsewhere`,
      "graphql-transport-ws",
    );
    const status = await new Promise<number>((resolve) => {
      wrongPath.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      wrongPath.on("error", () => resolve(-1));
    });
    expect(status).toBe(404);
    const noProtocol = new WebSocket(`${t.url.replace("http", "ws")}/graphql`);
    noProtocol.on("error", () => undefined);
    const code = await new Promise<number>((resolve) => noProtocol.on("close", resolve));
    expect(code).toBe(4406);
  });
});

describe("connection limit", () => {
  it("refuses connections beyond WS_MAX_CONNECTIONS with 503", async () => {
    const small = await startTestApp({ WS_MAX_CONNECTIONS: "1" });
    try {
      const first = wsClient(small.url);
      const sub = subscribe(first, CHANGES);
      await until(() => small.app.services.live.active === 1, "the first subscription");
      const second = new WebSocket(
        `${small.url.replace("http", "ws")}/graphql`,
        "graphql-transport-ws",
      );
      const status = await new Promise<number>((resolve) => {
        second.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        second.on("open", () => resolve(101));
      });
      expect(status).toBe(503);
      await sub.stop();
      await first.dispose();
    } finally {
      await small.close();
    }
  });
});
