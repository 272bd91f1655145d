// What must keep holding on both databases: 200 concurrent writers lose nothing, and a `kill -9`
// in the middle of an import leaves the database intact (the import all or nothing; the next
// process starts and imports). Graceful shutdown (SIGTERM drains): ops.test.ts.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ON_POSTGRES,
  type TestApp,
  buildConcept,
  dropTestDatabase,
  startTestApp,
  tempDbFile,
  testDatabase,
} from "./helpers.js";
import { KG, integrityCheck, runKg } from "./faults.js";
import { until } from "./ws-client.js";

const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;

describe("under load and crashes", { timeout: 240_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    // About losing nothing, not about how long a write may queue (this machine may be loaded).
    t = await startTestApp({ DATABASE_WRITE_WAIT_MS: "60000" });
  });
  afterAll(() => t.close());

  it("200 concurrent writers: every write succeeds, and the database, index and history have each", async () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `concurrent-${i}`);
    const results = await Promise.all(
      slugs.map((slug) => t.gql(CREATE, { input: buildConcept({ slug }) })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const prisma = t.app.db.prisma;
    const stored = await prisma.concept.findMany({
      where: { slug: { startsWith: "concurrent-" } },
      select: { slug: true },
    });
    expect(stored.map((c) => c.slug).sort()).toEqual([...slugs].sort());
    for (const slug of slugs) expect(t.app.services.index.conceptBySlug(slug)?.slug).toBe(slug);
    const history = await prisma.changeRecord.count({
      where: { entity: "concept", op: "create", key: { startsWith: "concurrent-" } },
    });
    expect(history).toBe(200);
  });

  it("kill -9 during an import: nothing of it is stored, the database is intact, the next run imports it all", async () => {
    const db = await testDatabase();
    try {
      const n = 3000;
      const doc = path.join(path.dirname(tempDbFile()), "big.json");
      fs.writeFileSync(
        doc,
        JSON.stringify({
          format: "k8s-knowledge-graph",
          version: 1,
          concepts: Array.from({ length: n }, (_, i) => buildConcept({ slug: `crash-${i}` })),
        }),
      );
      // Record by record (not the bulk path), so that the import spends its time inside its transaction.
      const env = { ...process.env, DATABASE_URL: "", IMPORT_BULK_MIN_RECORDS: String(n * 10) };
      const child = spawn(process.execPath, [KG, "import", doc, "--db", db], { env });
      let progress = "";
      child.stderr.on("data", (c: Buffer) => (progress += c.toString()));
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await until(() => /\((25|50)%\)/.test(progress), "the import to be a quarter done", 120_000);
      child.kill("SIGKILL");
      await exited;

      if (!ON_POSTGRES) expect(integrityCheck(db)).toBe("ok");
      const count = async () => {
        const out = await runKg(["query", "{ concepts { totalCount } }", "--db", db]);
        expect(out.code, out.stderr).toBe(0);
        return JSON.parse(out.stdout).data.concepts.totalCount as number;
      };
      // PostgreSQL rolls the transaction back once it sees the connection gone.
      await until(async () => (await count()) === 0, "the killed import to be rolled back", 30_000);

      const again = await runKg(["import", doc, "--db", db], { IMPORT_BULK_MIN_RECORDS: "100" });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain(`import: ${n} created`);
      expect(await count()).toBe(n);
    } finally {
      await dropTestDatabase(db);
    }
  });
});
