import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkDoc } from "./bulk-doc.js";
import { type TestApp, expectError, startTestApp } from "./helpers.js";
import { subscribe, until, wsClient } from "./ws-client.js";

// The bulk path against the per-record path: the same document imported into two seeded apps,
// one with the bulk threshold out of reach, must leave the same graph.
const IMPORT = `mutation($input: ImportInput!) { importGraph(input: $input) {
  created updated unchanged skipped problems itemsTruncated items { kind key status origin } } }`;
const FEED = `query($since: String) { changes(since: $since, first: 100) { items { id entity op key after actor subjects } cursor } }`;
const content = JSON.stringify(bulkDoc());

let bulk: TestApp;
let perRecord: TestApp;
let report: any;
let cursor: string;
let perRecordCursor: string;
const exportJson = async (t: TestApp) => (await fetch(`${t.url}/api/v1/export?format=json`)).text();

beforeAll(async () => {
  [bulk, perRecord] = await Promise.all([
    startTestApp({ SEED_ON_START: "true", IMPORT_BULK_MIN_RECORDS: "100" }),
    startTestApp({ SEED_ON_START: "true", IMPORT_BULK_MIN_RECORDS: "1000000" }),
  ]);
  cursor = (await bulk.gql(`{ changesCursor }`)).data!.changesCursor;
  // Since now: the seed itself came as one import into the empty template database.
  perRecordCursor = (await perRecord.gql(`{ changesCursor }`)).data!.changesCursor;
});
afterAll(async () => {
  await Promise.all([bulk.close(), perRecord.close()]);
});

describe("bulk import", { timeout: 120_000 }, () => {
  it("stores exactly what the per-record path stores, and reports the same", async () => {
    expect(await exportJson(bulk)).toBe(await exportJson(perRecord));
    const a = await bulk.gql(IMPORT, { input: { format: "json", content } });
    const b = await perRecord.gql(IMPORT, { input: { format: "json", content } });
    expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    expect(b.errors, JSON.stringify(b.errors)).toBeUndefined();
    report = a.data!.importGraph;
    expect(report).toEqual(b.data!.importGraph);
    expect(report).toMatchObject({ skipped: 0, problems: [], itemsTruncated: false });
    expect(report.created).toBeGreaterThan(240);
    const status = (key: string) => report.items.find((i: any) => i.key === key).status;
    expect(status("etcd")).toBe("updated");
    expect(status("kube-scheduler|bulk-uses|pod")).toBe("created");
    expect(status("kube-scheduler|watches|pod")).toBe("unchanged");
    expect(await exportJson(bulk)).toBe(await exportJson(perRecord));
  });

  it("took the bulk path: one import change, per-entity changes only for the rest", async () => {
    const feed = (await bulk.gql(FEED, { since: cursor })).data!.changes.items;
    const imports = feed.filter((c: any) => c.entity === "import");
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ op: "create", key: `import-${imports[0].id}` });
    expect(imports[0].after, JSON.stringify(imports[0].after)).toMatchObject({
      concepts: 120,
      relations: 124,
      aliases: 18,
      tags: 48,
      notes: 2,
      citations: 121,
    });
    expect(imports[0].after.firstConcepts.slice(0, 2)).toEqual(["bulk-0", "bulk-1"]);
    // Left to the per-record path: etcd, bulk-dup twice, both relations to etcd, the reverse
    // peer, the note given twice (its second time changes nothing).
    const rest = feed.filter((c: any) => c.entity !== "import" && c.entity !== "relationType");
    expect(rest.map((c: any) => `${c.entity} ${c.op} ${c.subjects.join(",")}`).sort()).toEqual([
      "concept create bulk-dup",
      "concept update bulk-dup",
      "concept update etcd",
      "note create bulk-5",
      "relation create bulk-3,etcd",
      "relation create etcd,kubelet",
      "relation update bulk-1,bulk-2",
    ]);
    const other = (await perRecord.gql(FEED, { since: perRecordCursor })).data!.changes.items;
    expect(other.some((c: any) => c.entity === "import")).toBe(false);
  });

  it("imported concepts have their relations, aliases, tags and citations, found by search", async () => {
    const res = await bulk.gql(`{
      c: concept(slug: "bulk-14") { name aliases tags docsUrl description sources { uri locator }
        related { concept { slug } } }
      alias: lookup(name: "bulk alias 14") { slug }
      search(text: "zebrafinch", first: 5) { totalCount }
      n: neighborhood(slug: "bulk-3", depth: 1) { nodes { slug } }
      etcd: concept(slug: "etcd") { related(direction: IN, types: ["bulk-uses"]) { concept { slug } } } }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.c).toMatchObject({
      name: "Bulk Thing 14",
      aliases: ["Bulk Alias 14"],
      docsUrl: null,
      sources: [{ uri: "https://example.com/bulk-source", locator: "L14" }],
    });
    expect(d.c.related.map((r: any) => r.concept.slug).sort()).toEqual(["bulk-13", "bulk-15"]);
    expect(d.alias).toEqual({ slug: "bulk-14" });
    expect(d.search.totalCount).toBe(120);
    expect(d.n.nodes.map((x: any) => x.slug).sort()).toEqual([
      "bulk-2",
      "bulk-3",
      "bulk-4",
      "etcd",
    ]);
    expect(d.etcd.related.map((r: any) => r.concept.slug).sort()).toEqual(["bulk-3", "kubelet"]);
  });

  it("history(slug) shows the import; revert of it is refused, saying why", async () => {
    const h = await bulk.gql(
      `{ history(slug: "bulk-7") { totalCount edges { node { id entity key subjects } } } }`,
    );
    expect(h.data!.history.totalCount, JSON.stringify(h.data)).toBe(1);
    const node = h.data!.history.edges[0].node;
    expect(node.entity).toBe("import");
    expect(node.subjects).toHaveLength(10);
    // A stored concept a bulk relation links to has the import in its history too.
    const linked = await bulk.gql(`{ history(slug: "kube-scheduler") { edges { node { id } } } }`);
    expect(linked.data!.history.edges[0].node.id).toBe(node.id);
    const before = await bulk.snapshot();
    const res = await bulk.gql(
      `mutation($id: Int!) { revert(changeId: $id) { reverted { id } } }`,
      {
        id: node.id,
      },
    );
    const err = expectError(res, "CONFLICT", "changeId");
    expect(err.message).toMatch(/bulk import .* cannot be reverted/);
    expect(await bulk.snapshot()).toBe(before);
  });

  it("live subscribers get ONE import event, then the next change", async () => {
    const client = wsClient(bulk.url);
    const before = bulk.app.services.live.active;
    const sub = subscribe(client, `subscription { graphChanged { entity op key summary slugs } }`);
    await until(() => bulk.app.services.live.active > before, "the subscription");
    const doc = JSON.stringify(
      bulkDoc(150)
        .concepts.slice(0, 150)
        .map((c: any) => c),
    );
    const fresh = JSON.parse(doc).map((c: any) => ({ ...c, slug: `live-${c.slug}`, aliases: [] }));
    const res = await bulk.gql(IMPORT, {
      input: {
        format: "json",
        content: JSON.stringify({
          ...bulkDoc(0),
          concepts: fresh,
          relations: [],
          notes: [],
          relationTypes: [],
        }),
      },
    });
    expect(res.data!.importGraph.created).toBe(150);
    await bulk.gql(
      `mutation { createConcept(input: { slug: "after-live", name: "After", kind: "tool", summary: "Next." }) { slug } }`,
    );
    const first = (await sub.next()).graphChanged;
    expect(first).toMatchObject({ entity: "IMPORT", op: "CREATE", summary: { concepts: 150 } });
    expect(first.slugs.length).toBeLessThanOrEqual(10);
    expect((await sub.next()).graphChanged).toMatchObject({ entity: "CONCEPT", key: "after-live" });
    await sub.stop();
    await client.dispose();
  });
});
