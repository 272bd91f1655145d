import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkDoc } from "./bulk-doc.js";
import { type TestApp, expectError, fakeSecrets, startTestApp } from "./helpers.js";

// What the bulk path refuses and leaves alone: a bad record anywhere fails the whole import
// (nothing written) unless skipInvalid, a dry run writes nothing, an editor may not import, and
// below IMPORT_BULK_MIN_RECORDS an import goes record by record.
const IMPORT = `mutation($input: ImportInput!) { importGraph(input: $input) {
  dryRun created updated unchanged skipped problems itemsTruncated items { key status }
  redactions { location kind } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    SEED_ON_START: "true",
    IMPORT_BULK_MIN_RECORDS: "100",
    IMPORT_REPORT_MAX_ITEMS: "50",
  });
  seedImports = await t.app.db.prisma.changeRecord.count({ where: { entity: "import" } });
});
afterAll(() => t.close());

const run = (doc: object, opts: Record<string, unknown> = {}, key?: string) =>
  t.gql(IMPORT, { input: { format: "json", content: JSON.stringify(doc), ...opts } }, { key });
/** Bulk imports recorded since the start (the seed itself came as one into the empty template). */
let seedImports = 0;
const importCount = async () =>
  (await t.app.db.prisma.changeRecord.count({ where: { entity: "import" } })) - seedImports;
const BAD_CONCEPT = { slug: "bulk-bad", name: "Bad", kind: "Not A Kind", summary: "Bad kind." };
const BAD_RELATION = {
  source: "bulk-1",
  type: "bulk-tooling",
  target: "bulk-2",
  description: null,
  sources: [],
};

describe("bulk import refusals", { timeout: 120_000 }, () => {
  it("one bad concept or relation deep in a big batch fails it all, naming the record", async () => {
    const before = await t.snapshot();
    const concept = await run(bulkDoc(120, { concepts: [BAD_CONCEPT] }));
    const err = expectError(concept, "BAD_USER_INPUT", "input.kind");
    expect(err.message).toMatch(/^concepts\[123\]: /);
    expect(await t.snapshot()).toBe(before);

    // bulk-1 is a component; bulk-tooling needs a tool as its source.
    const relation = await run(bulkDoc(120, { relations: [BAD_RELATION] }));
    const rerr = expectError(relation, "BAD_USER_INPUT", "input.source");
    expect(rerr.message).toMatch(/^relations\[128\]: input.source: "bulk-1" is a component/);
    expect(await t.snapshot()).toBe(before);

    const noTitle = bulkDoc(120, {
      concepts: [
        {
          slug: "bulk-cites",
          name: "Cites",
          kind: "tool",
          summary: "Cites.",
          sources: [{ uri: "urn:untitled" }],
        },
      ],
    });
    expectError(await run(noTitle), "BAD_USER_INPUT", "input.sources[0].title");
    expect(await t.snapshot()).toBe(before);
    expect(await importCount()).toBe(0);
  });

  it("with skipInvalid the bad records are reported and left out, the rest imported in bulk", async () => {
    const res = await run(bulkDoc(120, { concepts: [BAD_CONCEPT], relations: [BAD_RELATION] }), {
      skipInvalid: true,
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const r = res.data!.importGraph;
    expect(r.skipped).toBe(2);
    expect(r.problems).toEqual([
      expect.stringMatching(/^concepts\[123\]: /),
      expect.stringMatching(/^relations\[128\]: input.source: "bulk-1" is a component/),
    ]);
    expect(r.created).toBeGreaterThan(240);
    // Counts stay exact; the list stops at IMPORT_REPORT_MAX_ITEMS.
    expect(r.items).toHaveLength(50);
    expect(r.itemsTruncated).toBe(true);
    expect(r.created + r.updated + r.unchanged + r.skipped).toBe(3 + 124 + 129 + 4);
    expect(await importCount()).toBe(1);
    const gone = await t.gql(`{ concept(slug: "bulk-bad") { slug } }`);
    expect(gone.data!.concept).toBeNull();
  });

  it("a dry run of a bulk import writes nothing and reports what it would do", async () => {
    const before = await t.snapshot();
    const doc = bulkDoc(150);
    doc.concepts = doc.concepts.map((c: any) => ({
      ...c,
      slug: c.slug.replace("bulk", "dry"),
      aliases: [],
    }));
    doc.relations = [];
    doc.notes = [];
    const res = await run(doc, { dryRun: true });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.importGraph).toMatchObject({ dryRun: true, created: 151, skipped: 0 });
    expect(await t.snapshot()).toBe(before);
    expect((await t.gql(`{ concept(slug: "dry-3") { slug } }`)).data!.concept).toBeNull();
  });

  it("credentials in a big batch are redacted and reported as before, never stored", async () => {
    const token = fakeSecrets.jwt();
    const imports = await importCount();
    const doc = bulkDoc(120);
    doc.concepts = doc.concepts.map((c: any) => ({
      ...c,
      slug: c.slug.replace("bulk", "cred"),
      aliases: [],
    }));
    doc.relations = [];
    (doc.concepts[40] as any).description = `Use ${token} to log in.`;
    doc.notes = [{ concept: "cred-7", body: `Token: ${token}`, author: null } as any];
    const res = await run(doc);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const r =
      await t.gql(`{ changes(first: 1, since: null) { cursor } c: concept(slug: "cred-40") { description notes { body } }
      n: concept(slug: "cred-7") { notes { body } } }`);
    expect(r.data!.c.description).toBe("Use [REDACTED:jwt] to log in.");
    expect(r.data!.n.notes[0].body).toBe("Token: [REDACTED:jwt]");
    expect(await t.storedText()).not.toContain(token);
    expect(await importCount()).toBe(imports + 1); // the bulk path took them
  });

  it("an editor key may not import", async () => {
    const editor = await t.createKey("editor");
    const before = await t.snapshot();
    const res = await run(bulkDoc(120), {}, editor);
    expectError(res, "FORBIDDEN");
    expect(await t.snapshot()).toBe(before);
  });

  it("below IMPORT_BULK_MIN_RECORDS an import goes record by record; from it, in bulk", async () => {
    const doc = (n: number, p: string) => ({
      format: "k8s-knowledge-graph",
      version: 1,
      concepts: Array.from({ length: n }, (_, i) => ({
        slug: `${p}-${i}`,
        name: `${p} ${i}`,
        kind: "tool",
        summary: "Threshold test.",
      })),
    });
    const imports = await importCount();
    const small = await run(doc(99, "small"));
    expect(small.data!.importGraph.created).toBe(99);
    expect(await importCount()).toBe(imports);
    const history = await t.gql(`{ history(slug: "small-5") { edges { node { entity op } } } }`);
    expect(history.data!.history.edges).toEqual([{ node: { entity: "concept", op: "create" } }]);

    const big = await run(doc(100, "big"));
    expect(big.data!.importGraph.created).toBe(100);
    expect(await importCount()).toBe(imports + 1);
    const bigHistory = await t.gql(`{ history(slug: "big-5") { edges { node { entity } } } }`);
    expect(bigHistory.data!.history.edges).toEqual([{ node: { entity: "import" } }]);
  });
});
