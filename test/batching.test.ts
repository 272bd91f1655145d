import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
});
afterAll(() => t.close());

const NESTED = `query($slug: String!) { concept(slug: $slug) {
  name tags aliases notes { body } sources { uri }
  relations { type { label } source { name } target {
    name aliases tags
    relations { type { inverseLabel } source { name } target {
      name summary notes { body }
      relations { target { name aliases } } } } } } } }`;

async function countStatements(query: string, variables: Record<string, unknown>) {
  const before = t.app.db.statements.count;
  const res = await t.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return { statements: t.app.db.statements.count - before, data: res.data! };
}

function countRelations(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countRelations(v), 0);
  if (value && typeof value === "object") {
    return Object.entries(value).reduce(
      (n, [k, v]) => n + (k === "relations" && Array.isArray(v) ? v.length : 0) + countRelations(v),
      0,
    );
  }
  return 0;
}

describe("nested reads are batched", () => {
  it("a three-level concept -> relations -> target query takes a bounded number of statements", async () => {
    const small = await countStatements(NESTED, { slug: "bgp" });
    const large = await countStatements(NESTED, { slug: "etcd" });
    const rows = countRelations(large.data);
    // Hundreds of relations are read (bgp: far fewer), in a fixed number of statements: about one per loader per level
    // (17 loaders in this query), never one per row.
    expect(rows).toBeGreaterThan(200);
    expect(countRelations(small.data)).toBeLessThan(rows);
    expect(large.statements).toBeLessThanOrEqual(20);
    expect(small.statements).toBeLessThanOrEqual(large.statements);
  });

  it("a connection page batches its concepts' fields too", async () => {
    const q = `{ concepts(first: 100) { edges { node { slug aliases tags notes { body } related { label concept { name } } } } } }`;
    const { statements, data } = await countStatements(q, {});
    expect((data.concepts as { edges: unknown[] }).edges.length).toBeGreaterThan(60);
    expect(statements).toBeLessThanOrEqual(8);
  });
});
