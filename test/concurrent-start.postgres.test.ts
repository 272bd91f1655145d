// Replicas started at the same moment on one empty PostgreSQL database, each with
// SEED_ON_START=true: all come up, the seed is applied exactly once, and every replica's index holds
// it. PostgreSQL only (one SQLite file has one process: single-writer.sqlite.test.ts).
import { describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import { CURATED_SEED } from "../src/io/seed/seed.service.js";
import { createPgDatabase, dropPgDatabase, testConfig } from "./helpers.js";

describe("concurrent starts on PostgreSQL", { timeout: 180_000 }, () => {
  it("three replicas seeding one empty database at once: all serve, the seed is applied once", async () => {
    const url = await createPgDatabase();
    const apps: App[] = [];
    try {
      const started = await Promise.allSettled(
        [1, 2, 3].map(() =>
          createApp(testConfig({ SEED_ON_START: "true", CHANGE_BUS_URL: "off" }, url)),
        ),
      );
      for (const s of started) if (s.status === "fulfilled") apps.push(s.value);
      expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "ok"))).toEqual([
        "ok",
        "ok",
        "ok",
      ]);

      const created = apps.map((a) => a.seed!.created);
      expect(created.filter((n) => n > 0)).toHaveLength(1);
      const prisma = apps[0]!.db.prisma;
      expect(await prisma.concept.count()).toBe(CURATED_SEED.concepts.length);
      const marks = await prisma.seedMark.count();
      expect(Math.max(...created)).toBeLessThanOrEqual(marks);
      // The ones that waited loaded their index after the seed was in.
      for (const app of apps) {
        expect(app.services.traversal.stats().concepts).toBe(CURATED_SEED.concepts.length);
      }
    } finally {
      await Promise.all(apps.map((a) => a.close()));
      await dropPgDatabase(url);
    }
  });
});
