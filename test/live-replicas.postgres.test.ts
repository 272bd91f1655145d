import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import { type BusMessage, PgChangeBus } from "../src/db/change-bus.js";
import { buildConcept, createPgDatabase, dropPgDatabase, testConfig } from "./helpers.js";
import { createKeyWithCli, startServer } from "./server-process.js";
import { subscribe, until, wsClient } from "./ws-client.js";

// Replication runs over PostgreSQL LISTEN/NOTIFY: these tests run in the vitest project
// "postgres" (with SQLite there is one process and the change bus is off).

const CREATE_CONCEPT = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const CREATE_TYPE = `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key } }`;
const CREATE_RELATION = `mutation($input: RelationInput!) { createRelation(input: $input) { id } }`;
const DELETE_CONCEPT = `mutation($slug: String!) { deleteConcept(slug: $slug, cascade: true) { slug } }`;
const CONCEPT = `query($slug: String!) { concept(slug: $slug) { slug name } }`;
const NEIGHBORHOOD = `query($slug: String!) { neighborhood(slug: $slug) { nodes { slug } edges { id } } }`;
const CHANGES = `subscription($filter: GraphChangeFilter) {
  graphChanged(filter: $filter) { entity op key remote actor slugs concept { slug name } relation { id } }
}`;

const silentLog = { info: () => undefined, warn: () => undefined };

/** An editor key for the writes of the two-process test, made with `kg keys create`. */
let key = "";

async function gql(base: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/** Ends a connection from the server side, as a network failure or a database restart would. */
async function terminate(database: string, pid: number) {
  const probe = new PgChangeBus({
    url: database,
    channel: "kg_unused",
    onMessage: () => undefined,
    onReconnect: () => undefined,
    log: silentLog,
  });
  await probe.start();
  // The bus's own connection runs the statement: no second client library in the test.
  await (
    probe as unknown as { client: { query(sql: string, args: unknown[]): Promise<unknown> } }
  ).client.query("SELECT pg_terminate_backend($1)", [pid]);
  await probe.close();
}

describe("change bus (LISTEN/NOTIFY)", () => {
  let database: string;
  beforeAll(async () => {
    database = await createPgDatabase();
  });
  afterAll(() => dropPgDatabase(database));

  it("carries messages between connections, and after a lost connection reconnects, reloads and sends what waited", async () => {
    const got = { a: [] as BusMessage[], b: [] as BusMessage[] };
    let reloads = 0;
    const bus = (name: "a" | "b") =>
      new PgChangeBus({
        url: database,
        channel: "kg_test_changes",
        onMessage: (m) => got[name].push(m),
        onReconnect: () => {
          if (name === "b") reloads++;
        },
        log: silentLog,
        backoff: { min: 20, max: 200 },
      });
    const a = bus("a");
    const b = bus("b");
    await a.start();
    await b.start();
    try {
      const first = {
        origin: "a",
        entity: "concept",
        op: "create",
        key: "pod",
        actor: "live-replicas",
      };
      a.publish(first);
      await until(() => got.b.length === 1, "b to receive");
      expect(got.b[0]).toEqual(first);
      await until(() => got.a.length === 1, "a to receive its own message too");

      await terminate(database, b.backendPid!);
      await until(() => b.reconnects === 1 && b.connected, "b to reconnect");
      expect(reloads).toBe(1);
      a.publish({ origin: "a", entity: "concept", op: "update", key: "pod" });
      await until(() => got.b.length === 2, "b to receive after reconnecting");

      await terminate(database, a.backendPid!);
      a.publish({ origin: "a", entity: "concept", op: "delete", key: "pod" });
      await until(() => got.b.length === 3, "a's waiting message once a is back");
      expect(got.b.map((m) => m.op)).toEqual(["create", "update", "delete"]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a replica whose LISTEN connection was lost reloads its read index", async () => {
    const config = testConfig({ CHANGE_BUS_CHANNEL: "kg_reload_test" }, database);
    const app: App = await createApp(config);
    try {
      // Written behind the app's back: no change event, no notification (as if it was missed).
      await app.db.prisma.concept.create({
        data: {
          slug: "missed-concept",
          name: "Missed",
          nameKey: "missed",
          kind: "component",
          summary: "Missed.",
        },
      });
      expect(app.services.index.conceptBySlug("missed-concept")).toBeUndefined();
      await terminate(database, app.bus!.backendPid!);
      await until(
        () => app.services.index.conceptBySlug("missed-concept") !== undefined,
        "the index to reload after reconnecting",
      );
      expect(app.bus!.reconnects).toBe(1);
    } finally {
      await app.close();
    }
  });
});

describe("two API processes on one PostgreSQL", { timeout: 120_000 }, () => {
  let database: string;
  let a: Awaited<ReturnType<typeof startServer>>;
  let b: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    database = await createPgDatabase();
    const env = { DATABASE_URL: database, LOG_LEVEL: "info" };
    a = await startServer({ ...env, REPLICA_ID: "replica-a" });
    b = await startServer({ ...env, REPLICA_ID: "replica-b" });
    key = await createKeyWithCli(database, "admin", "live-replicas");
  }, 120_000);
  afterAll(async () => {
    for (const s of [a, b]) {
      s?.child.kill("SIGTERM");
      await s?.exited;
    }
    await dropPgDatabase(database);
  });

  it("a write through A reaches B's subscribers once, and B's reads", async () => {
    const baseA = `http://127.0.0.1:${a.port}`;
    const baseB = `http://127.0.0.1:${b.port}`;
    const onB = wsClient(baseB);
    const onA = wsClient(baseA);
    const subscribers = async (base: string) =>
      /^kg_subscriptions (\d+)$/m.exec(await (await fetch(`${base}/metrics`)).text())?.[1];
    const subB = subscribe(onB, CHANGES, { filter: { entities: ["CONCEPT", "RELATION"] } });
    const subA = subscribe(onA, CHANGES, { filter: { entities: ["CONCEPT"] } });
    await until(async () => (await subscribers(baseB)) === "1", "B's subscription");
    await until(async () => (await subscribers(baseA)) === "1", "A's subscription");

    const etcd = buildConcept({ slug: "etcd", name: "etcd" });
    expect((await gql(baseA, CREATE_CONCEPT, { input: etcd })).errors).toBeUndefined();
    expect((await subB.next()).graphChanged).toMatchObject({
      entity: "CONCEPT",
      op: "CREATE",
      key: "etcd",
      remote: true,
      actor: "live-replicas",
      concept: { slug: "etcd", name: "etcd" },
    });
    expect((await subA.next()).graphChanged).toMatchObject({ key: "etcd", remote: false });
    await until(
      async () => (await gql(baseB, CONCEPT, { slug: "etcd" })).data?.concept?.name === "etcd",
      "B to read A's concept",
    );

    await gql(baseA, CREATE_CONCEPT, { input: buildConcept({ slug: "kube-apiserver" }) });
    await gql(baseA, CREATE_TYPE, {
      input: { key: "stores-in", label: "stores in", inverseLabel: "stores for" },
    });
    const rel = await gql(baseA, CREATE_RELATION, {
      input: { source: "kube-apiserver", type: "stores-in", target: "etcd" },
    });
    expect(rel.errors).toBeUndefined();
    expect((await subB.next()).graphChanged).toMatchObject({ key: "kube-apiserver", remote: true });
    const relEvent = (await subB.next()).graphChanged;
    expect(relEvent).toMatchObject({ entity: "RELATION", remote: true });
    expect(relEvent.slugs.sort()).toEqual(["etcd", "kube-apiserver"]);
    await until(async () => {
      const n = (await gql(baseB, NEIGHBORHOOD, { slug: "etcd" })).data?.neighborhood;
      return n?.edges.length === 1 && n.nodes.some((c: any) => c.slug === "kube-apiserver");
    }, "B's neighborhood to show A's relation");

    // A's own subscriber saw each change once: its next event is the delete made now.
    expect((await subA.next()).graphChanged).toMatchObject({ key: "kube-apiserver" });
    expect((await gql(baseA, DELETE_CONCEPT, { slug: "etcd" })).errors).toBeUndefined();
    expect((await subA.next()).graphChanged).toMatchObject({ key: "etcd", op: "DELETE" });
    expect((await subB.next()).graphChanged).toMatchObject({
      key: "etcd",
      op: "DELETE",
      remote: true,
    });
    await until(
      async () => (await gql(baseB, CONCEPT, { slug: "etcd" })).data?.concept === null,
      "B to forget the deleted concept",
    );
    const n = await gql(baseB, NEIGHBORHOOD, { slug: "kube-apiserver" });
    expect(n.data.neighborhood.edges).toEqual([]);

    await subA.stop();
    await subB.stop();
    await onA.dispose();
    await onB.dispose();
  });
});
