import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

// Imports run many service writes in one transaction; the in-memory read index must see them
// only once that transaction commits, and never for a dry run or a rolled-back import.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
});
afterAll(() => t.close());

const NOTES = `# Mesh\n## Parts\n- Envoy Sidecar, proxy next to each app container\n  - xDS Feed, configuration stream\n`;
const IMPORT = `mutation($input: ImportInput!) { importGraph(input: $input) { dryRun created problems } }`;
const READ = `{ envoy: lookup(name: "envoy sidecar") { slug relations { target { slug } } }
  etcd: neighborhood(slug: "etcd", depth: 1) { nodes { slug } } }`;

describe("imports and the read index", () => {
  it("a dry run leaves the index (and the database) as they were", async () => {
    const before = await t.snapshot();
    const res = await t.gql(IMPORT, {
      input: { format: "markdown", content: NOTES, dryRun: true, source: "urn:test:mesh.md" },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.importGraph.created).toBeGreaterThan(0);
    expect((await t.gql(READ)).data!.envoy).toBeNull();
    expect(await t.snapshot()).toBe(before);
  });

  it("a committed import is visible to index-backed reads at once", async () => {
    const res = await t.gql(IMPORT, {
      input: { format: "markdown", content: NOTES, source: "urn:test:mesh.md" },
    });
    expect(res.data!.importGraph).toMatchObject({ dryRun: false, problems: [] });
    const read = await t.gql(READ);
    expect(read.data!.envoy).not.toBeNull();
    const slug = read.data!.envoy.slug;
    const concept = await t.gql(
      `query($s: String!) { concept(slug: $s) { slug } neighborhood(slug: $s, depth: 1) { nodes { slug } } }`,
      { s: slug },
    );
    expect(concept.data!.concept).toEqual({ slug });
    expect(concept.data!.neighborhood.nodes.length).toBeGreaterThan(1);
  });
});
