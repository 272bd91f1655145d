import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import { runAs } from "../src/graph/actor.js";
import { runImport } from "../src/io/import/index.js";
import { createPgDatabase, dropPgDatabase, testConfig } from "./helpers.js";
import { until } from "./ws-client.js";

// A bulk import through one replica is ONE change-bus message: the other replica reloads its read
// index once and tells its subscribers one (remote) import event. PostgreSQL only, like the bus.
const ADMIN = { name: "bulk-replicas", role: "admin" as const };

const doc = (n: number) => ({
  format: "k8s-knowledge-graph",
  version: 1,
  relationTypes: [{ key: "rep-uses", label: "uses", inverseLabel: "used by" }],
  concepts: Array.from({ length: n }, (_, i) => ({
    slug: `rep-${i}`,
    name: `Replicated ${i}`,
    kind: "tool",
    summary: "Imported through replica A.",
  })),
  relations: Array.from({ length: n - 1 }, (_, i) => ({
    source: `rep-${i}`,
    type: "rep-uses",
    target: `rep-${i + 1}`,
  })),
});

describe("bulk import and replicas", { timeout: 120_000 }, () => {
  let database: string;
  let a: App;
  let b: App;
  beforeAll(async () => {
    database = await createPgDatabase();
    const channel = { CHANGE_BUS_CHANNEL: "kg_bulk_import_test" };
    a = await createApp(testConfig({ ...channel, REPLICA_ID: "bulk-a" }, database));
    b = await createApp(testConfig({ ...channel, REPLICA_ID: "bulk-b" }, database));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropPgDatabase(database);
  });

  it("the other replica reloads once and tells one remote import event", async () => {
    const events = b.services.live.subscribe({ slugs: ["rep-150"] });
    const content = JSON.stringify(doc(200));
    const report = await runAs(ADMIN, () => runImport(a.services, { format: "json", content }));
    expect(report.created).toBe(1 + 200 + 199);
    // A's own index has everything at once (read-your-writes).
    expect(a.services.index.relationCount).toBe(199);

    const first = await events.next();
    expect(first.value).toMatchObject({
      entity: "import",
      op: "create",
      remote: true,
      actor: "bulk-replicas",
      summary: { concepts: 200, relations: 199 },
    });
    expect(b.services.index.conceptBySlug("rep-150")).toBeDefined();
    expect(b.services.index.relationCount).toBe(199);

    // The next change B tells is the next write, not a per-record echo of the import.
    await runAs(ADMIN, () =>
      a.services.concepts.update("rep-150", { summary: "Changed after the import." }),
    );
    const second = await events.next();
    expect(second.value).toMatchObject({ entity: "concept", op: "update", key: "rep-150" });
    await until(
      () => b.services.index.conceptBySlug("rep-150")?.summary === "Changed after the import.",
      "B's index to follow",
    );
    await events.return?.();
  });
});
