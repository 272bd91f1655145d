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

  // PostgreSQL only: there replicas start at once against one database (a SQLite file has one process).
  it.skipIf(!ON_POSTGRES)(
    "two processes migrating one PostgreSQL at once apply each migration exactly once",
    async () => {
      const url = await createPgDatabase();
      try {
        const config = testConfig({}, url);
        const [first, second] = await Promise.all([migrateDb(config), migrateDb(config)]);
        expect([...first, ...second].sort()).toEqual(
          ["20261125000000_init", "20261125200000_concept_search"].sort(),
        );
        expect(first.length === 0 || second.length === 0).toBe(true);
      } finally {
        await dropPgDatabase(url);
      }
    },
  );
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

  it.skipIf(!ON_POSTGRES)("every text column on PostgreSQL has the C collation", async () => {
    const rows = await t.app.db.prisma.$queryRawUnsafe<
      { table_name: string; column_name: string }[]
    >(
      `SELECT table_name::text, column_name::text FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'text' AND table_name <> '_prisma_migrations'
         AND collation_name IS DISTINCT FROM 'C'`,
    );
    expect(rows).toEqual([]);
  });

  it.skipIf(!ON_POSTGRES)(
    "every write transaction on PostgreSQL holds the write lock while it runs",
    async () => {
      let held: unknown;
      await t.app.db.prisma.$transaction(async (tx) => {
        held = await tx.$queryRawUnsafe(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`,
        );
      });
      expect(held).toEqual([{ n: 1 }]);
    },
  );
});
