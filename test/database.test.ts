import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { migrateDb } from "../src/db/client.js";
import {
  ON_POSTGRES,
  type TestApp,
  buildConcept,
  createPgDatabase,
  dropPgDatabase,
  startTestApp,
  testConfig,
} from "./helpers.js";

describe("migrations", () => {
  it("MIGRATE_ON_START=false refuses a database with pending migrations; kg migrate applies them once", async () => {
    const url = ON_POSTGRES ? await createPgDatabase() : undefined;
    const config = testConfig({ MIGRATE_ON_START: "false" }, url);
    try {
      await expect(createApp(config)).rejects.toThrow(/pending migration.*kg migrate/);
      const applied = await migrateDb(config);
      expect(applied).toContain("20261125200000_concept_search");
      expect(await migrateDb(config)).toEqual([]);
      const app = await createApp(config);
      await app.close();
    } finally {
      if (url) await dropPgDatabase(url);
    }
  });
});

describe("the same answers on both databases", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("orders slugs byte-wise (as cursors assume): a-b, a-c, a1, ab", async () => {
    for (const slug of ["ab", "a-c", "a1", "a-b"]) {
      await t.gql(`mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`, {
        input: buildConcept({ slug, tags: ["order-check"] }),
      });
    }
    const res = await t.gql(
      `{ concepts(filter: { tag: "order-check" }) { edges { node { slug } } } }`,
    );
    expect(res.data!.concepts.edges.map((e: any) => e.node.slug)).toEqual([
      "a-b",
      "a-c",
      "a1",
      "ab",
    ]);
  });
});
