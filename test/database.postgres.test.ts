// What only PostgreSQL has to get right (the rest: database.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDb } from "../src/db/client.js";
import {
  type TestApp,
  createPgDatabase,
  dropPgDatabase,
  startTestApp,
  testConfig,
} from "./helpers.js";

// Replicas start at once against one database (a SQLite file has one process).
describe("migrations on PostgreSQL", () => {
  it("two processes migrating one PostgreSQL at once apply each migration exactly once", async () => {
    const url = await createPgDatabase();
    try {
      const config = testConfig({}, url);
      const [first, second] = await Promise.all([migrateDb(config), migrateDb(config)]);
      expect([...first, ...second].sort()).toEqual(
        [
          "20261125000000_init",
          "20261125200000_concept_search",
          "20261205075649_knowledge_model",
        ].sort(),
      );
      expect(first.length === 0 || second.length === 0).toBe(true);
    } finally {
      await dropPgDatabase(url);
    }
  });
});

describe("PostgreSQL's schema and write lock", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("every text column on PostgreSQL has the C collation", async () => {
    const rows = await t.app.db.prisma.$queryRawUnsafe<
      { table_name: string; column_name: string }[]
    >(
      `SELECT table_name::text, column_name::text FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'text' AND table_name <> '_prisma_migrations'
         AND collation_name IS DISTINCT FROM 'C'`,
    );
    expect(rows).toEqual([]);
  });

  it("every write (the one unit of work) on PostgreSQL holds the write lock while it runs", async () => {
    const locks = `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`;
    const held = await t.app.services.work.write("editor", ({ tx }) => tx.$queryRawUnsafe(locks));
    expect(held).toEqual([{ n: 1 }]);
    // A bare transaction, outside the unit of work, does not take it: the lock is the unit's doing.
    const bare = await t.app.db.prisma.$transaction((tx) => tx.$queryRawUnsafe(locks));
    expect(bare).toEqual([{ n: 0 }]);
  });
});
