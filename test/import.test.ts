import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_CONCEPTS } from "../seed/index.js";
import {
  SHARED_DIR,
  type TestApp,
  bearer,
  fakeSecrets,
  sharedMissing,
  startTestApp,
} from "./helpers.js";

const NOTES = path.join(SHARED_DIR, "source-notes/k8s-notes.md");
const GLOSSARY = path.join(SHARED_DIR, "k8s-glossary");

async function post(t: TestApp, pathname: string, body: unknown) {
  const res = await fetch(`${t.url}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(t.adminKey) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const exportJson = async (t: TestApp) => (await fetch(`${t.url}/api/v1/export?format=json`)).text();

/** Everything the database keeps (SQLite: main file and write-ahead log; PostgreSQL: a dump). */
const dbBytes = (t: TestApp) => t.storedText();

describe("JSON import", { timeout: 300_000 }, () => {
  let seeded: TestApp;
  let empty: TestApp;
  beforeAll(async () => {
    [seeded, empty] = await Promise.all([
      startTestApp({ SEED_ON_START: "true", BODY_LIMIT: "10485760" }),
      startTestApp({ BODY_LIMIT: "10485760" }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([seeded.close(), empty.close()]);
  });

  it("round-trips: a JSON export imported into an empty database exports byte-identical", async () => {
    const original = await exportJson(seeded);
    const dry = await post(empty, "/api/v1/import", {
      format: "json",
      content: original,
      dryRun: true,
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, updated: 0, unchanged: 0, skipped: 0 });
    expect(dry.body.created).toBeGreaterThan(300);
    expect(JSON.parse(await exportJson(empty)).concepts).toEqual([]);

    const real = await post(empty, "/api/v1/import", { format: "json", content: original });
    expect(real.body.created).toBe(dry.body.created);
    expect(await exportJson(empty)).toBe(original);

    const before = await empty.snapshot();
    const again = await post(empty, "/api/v1/import", { format: "json", content: original });
    expect(again.body).toMatchObject({ created: 0, updated: 0, skipped: 0 });
    expect(again.body.unchanged).toBe(real.body.created);
    expect(await empty.snapshot()).toBe(before);
  });

  it("re-importing an export changed in a few fields updates exactly those records", async () => {
    const doc = JSON.parse(await exportJson(seeded));
    const concept = doc.concepts.find((c: any) => c.slug === "etcd");
    concept.summary = `${concept.summary} (edited)`;
    const relation = doc.relations.find((r: any) => r.sources.length > 0);
    relation.sources = [];
    relation.description = "An edited description.";
    const note = doc.notes.find((n: any) => n.sources.length > 0);
    // Citations are added, never dropped, by an import: a new locator in a known source.
    note.sources = [...note.sources, { ...note.sources[0], locator: "L9999" }];
    const res = await post(seeded, "/api/v1/import", {
      format: "json",
      content: JSON.stringify(doc),
    });
    expect(res.status).toBe(200);
    const updated = res.body.items.filter((i: any) => i.status === "updated");
    expect(updated.map((i: any) => i.kind).sort()).toEqual(["concept", "note", "relation"]);
    expect(res.body).toMatchObject({ created: 0, updated: 3, skipped: 0 });
    const after = JSON.parse(await exportJson(seeded));
    expect(after.concepts.find((c: any) => c.slug === "etcd").summary).toBe(concept.summary);
    const key = (r: any) => `${r.source}|${r.type}|${r.target}`;
    expect(after.relations.find((r: any) => key(r) === key(relation))).toMatchObject({
      description: "An edited description.",
    });
  });

  it("is all or nothing: one bad record fails the import naming it, unless skipInvalid", async () => {
    const doc = {
      format: "k8s-knowledge-graph",
      version: 1,
      concepts: [
        { slug: "import-ok", name: "OK", kind: "tool", summary: "Fine." },
        { slug: "Import Bad", name: "Bad", kind: "tool", summary: "Bad slug." },
      ],
    };
    const before = await empty.snapshot();
    const res = await post(empty, "/api/v1/import", {
      format: "json",
      content: JSON.stringify(doc),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
    expect(res.body.error.message).toMatch(/^concepts\[1\]: /);
    expect(await empty.snapshot()).toBe(before);

    const skip = await post(empty, "/api/v1/import", {
      format: "json",
      content: JSON.stringify(doc),
      skipInvalid: true,
    });
    expect(skip.body).toMatchObject({ created: 1, skipped: 1 });
    expect(skip.body.problems[0]).toMatch(/^concepts\[1\]: input\.slug/);
  });

  it("redacts credentials in imported JSON and reports where each was", async () => {
    const doc = {
      format: "k8s-knowledge-graph",
      version: 1,
      concepts: [
        {
          slug: "import-secret",
          name: "Secretive",
          kind: "tool",
          summary: `Uses ${fakeSecrets.awsKey()} to talk to S3.`,
          description: `token below\n${fakeSecrets.jwt()}`,
        },
      ],
    };
    const res = await post(empty, "/api/v1/import", {
      format: "json",
      content: JSON.stringify(doc),
    });
    expect(res.body.redactions).toEqual([
      {
        record: "concepts[0]",
        field: "summary",
        kind: "aws-access-key-id",
        line: 1,
        location: "concepts[0].summary",
      },
      {
        record: "concepts[0]",
        field: "description",
        kind: "jwt",
        line: 2,
        location: "concepts[0].description",
      },
    ]);
    const snap = await empty.snapshot();
    expect(snap).not.toContain(fakeSecrets.awsKey());
    expect(snap).not.toContain(fakeSecrets.jwt());
    expect(snap).toContain("Uses [REDACTED:aws-access-key-id] to talk to S3.");
  });

  it("refuses what is not the project's JSON with the field named", async () => {
    const res = await post(empty, "/api/v1/import", { format: "json", content: '{"a":1}' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("content.format");
    const bad = await post(empty, "/api/v1/import", { format: "yaml", content: "x" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("input.format");
  });
});

describe.skipIf(sharedMissing(NOTES))("Markdown notes import", { timeout: 300_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("turns the source notes into a graph with line provenance, and never stores the token", async () => {
    const text = fs.readFileSync(NOTES, "utf8");
    const token = text
      .split("\n")
      .find((l) => l.startsWith("eyJ"))!
      .trim();
    expect(token.length).toBeGreaterThan(100);
    const uri = "file:///notes/k8s-notes.md";

    const res = await post(t, "/api/v1/import", { format: "markdown", content: text, source: uri });
    expect(res.status).toBe(200);
    expect(res.body.redactions).toEqual([
      {
        record: "k8s-notes.md",
        field: "content",
        kind: "jwt",
        line: 46,
        location: "k8s-notes.md:46",
      },
    ]);
    expect(await t.snapshot()).not.toContain(token);
    expect(await dbBytes(t)).not.toContain(token);
    expect(await dbBytes(t)).not.toContain(token.slice(0, 40));

    const etcd = (
      await t.gql(`{ concept(slug: "etcd") { name summary
      sources { uri locator } related(direction: OUT) { label concept { slug } } } }`)
    ).data!.concept;
    expect(etcd.summary).toBe("etcd: key value store, stores cluster state");
    expect(etcd.sources).toEqual([{ uri, locator: "L7" }]);
    expect(etcd.related).toEqual([{ label: "part of", concept: { slug: "control-plane" } }]);

    const cni = (
      await t.gql(`{ concept(slug: "cni") { aliases
      related(direction: IN) { concept { slug } } } }`)
    ).data!.concept;
    expect(cni.aliases).toEqual(["container network interface"]);
    const plane = (await t.gql(`{ lookup(name: "master node") { slug } }`)).data!.lookup;
    expect(plane.slug).toBe("control-plane");

    const pod = (
      await t.gql(`{ concept(slug: "pod") { summary notes { body sources { locator } } } }`)
    ).data!.concept;
    expect(pod.summary).toMatch(/^pod is the smallest and simplest unit/);
    expect(pod.notes).toContainEqual({
      body: "abstraction over container",
      sources: [{ locator: "L21" }],
    });

    const partOf = (await t.gql(`{ relations(filter: { type: "part-of" }) { totalCount } }`)).data!
      .relations.totalCount;
    expect(partOf).toBe(9);

    const before = await t.snapshot();
    const again = await post(t, "/api/v1/import", {
      format: "markdown",
      content: text,
      source: uri,
    });
    expect(again.body).toMatchObject({ created: 0, updated: 0 });
    expect(await t.snapshot()).toBe(before);
  });
});

describe.skipIf(sharedMissing(GLOSSARY))("Kubernetes glossary import", { timeout: 300_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_START: "true", BODY_LIMIT: "10485760" });
  });
  afterAll(() => t.close());

  const files = () =>
    fs
      .readdirSync(GLOSSARY)
      .filter((f) => f.endsWith(".md"))
      .map((name) => ({ name, content: fs.readFileSync(path.join(GLOSSARY, name), "utf8") }));

  it("merges terms into the seeded graph, reports broken files one line each, imports the rest", async () => {
    const aliasCount = async () =>
      Number(
        (
          await t.app.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
            'SELECT count(*) AS n FROM "Alias"',
          )
        )[0]!.n,
      );
    const aliasesBefore = await aliasCount();
    const etcdBefore = (await t.gql(`{ concept(slug: "etcd") { name summary kind aliases tags } }`))
      .data!.concept;
    const body = {
      format: "glossary",
      files: files(),
      source: "https://github.com/kubernetes/website/blob/main/content/en/docs/reference/glossary",
    };
    const dry = await post(t, "/api/v1/import", { ...body, dryRun: true });
    const before = await t.snapshot();
    expect(dry.status).toBe(200);

    const res = await post(t, "/api/v1/import", body);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(dry.body.created);
    expect(before).not.toBe(await t.snapshot());
    const problems: string[] = res.body.problems;
    for (const broken of [
      "cluster-registry.md",
      "cluster_registry.md",
      "federation.md",
      "SOURCE.md",
    ]) {
      expect(problems).toContainEqual(`${broken}: no front matter (--- ... ---), skipped`);
    }
    expect(problems).toContainEqual(
      "index.md: no id in front matter (not a glossary term), skipped",
    );
    expect(problems.some((p) => p.startsWith("Quantity.md: "))).toBe(true);
    expect(problems.some((p) => /duplicate id "probe"/.test(p))).toBe(true);
    expect(problems.some((p) => /link to unknown term/.test(p))).toBe(true);

    const concepts = res.body.items.filter((i: any) => i.kind === "concept");
    const mentions = res.body.items.filter(
      (i: any) => i.kind === "relation" && i.status !== "skipped",
    );
    const newAliases = (await aliasCount()) - aliasesBefore;
    // A term is created unless the seed has a concept of its id.
    const seeded = new Set(SEED_CONCEPTS.map((c) => c.slug));
    const created = concepts.filter((i: any) => i.status === "created").map((i: any) => i.key);
    expect(created.length).toBeGreaterThan(0);
    expect(created.sort()).toEqual(
      concepts
        .map((i: any) => i.key)
        .filter((k: string) => !seeded.has(k))
        .sort(),
    );
    // Counts of this copy of the glossary (184 .md files: 10 broken or duplicates, 174 terms;
    // few terms have an aka the seed does not know already).
    expect({
      terms: concepts.length,
      mentions: mentions.length,
      unknownLinks: problems.filter((p) => p.includes("link to unknown term")).length,
      newAliases,
      problems: problems.length,
    }).toEqual({
      terms: 174,
      mentions: 208,
      unknownLinks: 3,
      newAliases: 1,
      problems: 13,
    });

    const etcd = (
      await t.gql(
        `{ concept(slug: "etcd") { name summary kind aliases tags description sources { uri } } }`,
      )
    ).data!.concept;
    expect(etcd).toMatchObject({
      name: etcdBefore.name,
      summary: etcdBefore.summary,
      kind: etcdBefore.kind,
    });
    expect(etcd.tags).toEqual(expect.arrayContaining(etcdBefore.tags));
    expect(etcd.sources.map((s: any) => s.uri)).toContainEqual(`${body.source}/etcd.md`);

    const psc = (
      await t.gql(`{ concept(slug: "pod-scheduling-context") { name summary
      related(direction: OUT, types: ["mentions"]) { concept { slug } } } }`)
    ).data!.concept;
    expect(psc.name).toBe("PodSchedulingContext");
    expect(psc.summary).toMatch(/^A short-lived object/);

    const again = await post(t, "/api/v1/import", body);
    expect(again.body).toMatchObject({ created: 0, updated: 0 });
  });
});

describe("importGraph mutation", { timeout: 300_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("imports through GraphQL with the same report, and a dry run writes nothing", async () => {
    const content = "## Net\n- CNI, container network interface\n  - Calico, bgp\n";
    const q = `mutation($input: ImportInput!) { importGraph(input: $input) {
      dryRun created updated unchanged skipped items { kind key status origin } problems } }`;
    const before = await t.snapshot();
    const dry = await t.gql(q, { input: { format: "markdown", content, dryRun: true } });
    expect(dry.data!.importGraph).toMatchObject({ dryRun: true, created: 4 });
    expect(await t.snapshot()).toBe(before);
    const real = await t.gql(q, {
      input: { format: "markdown", content, source: "urn:test:net.md" },
    });
    expect(real.data!.importGraph.items).toContainEqual({
      kind: "relation",
      key: "calico|part-of|cni",
      status: "created",
      origin: "net.md:3",
    });
    const bad = await t.gql(q, { input: { format: "json", content: "nope" } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "content" });
  });
});
