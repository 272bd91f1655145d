import { describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import { buildConcept, tempDbFile, testConfig } from "./helpers.js";

const segments = async (app: App) => {
  const [row] = await app.db.prisma.$queryRawUnsafe<{ n: bigint | number }[]>(
    `SELECT count(DISTINCT segid) AS n FROM "ConceptSearch_idx"`,
  );
  return Number(row!.n);
};

const hits = async (app: App, text: string) => {
  const page = await app.services.search.search(text, null, 50, null);
  return page.items.map((i) => [i.node.concept.slug, i.node.snippet, i.node.score]);
};

describe("merging SQLite's search index on start", () => {
  // Seeds from scratch (not from the seeded template), then writes one by one and restarts.
  it(
    "merges the segments writes leave into one, with the same search answers",
    { timeout: 120_000 },
    async () => {
      const file = `file:${tempDbFile()}`;
      // The seed is one bulk write; each write after it leaves a segment of its own.
      let app = await createApp(testConfig({ SEED_ON_START: "true" }, file));
      for (let i = 0; i < 6; i++) {
        await app.services.concepts.create(
          buildConcept({ slug: `gizmo-${i}`, name: `Gizmo ${i}`, summary: "A pod helper." }),
        );
      }
      const pieces = await segments(app);
      expect(pieces).toBeGreaterThan(1);
      await app.close();

      // Turned off: nothing merged, and the answers as they are.
      app = await createApp(testConfig({ SEARCH_COMPACT_ON_START: "false" }, file));
      expect(app.searchCompaction).toBeNull();
      expect(await segments(app)).toBe(pieces);
      const before = [
        await hits(app, "pod"),
        await hits(app, "gizmo"),
        await hits(app, "kube-sch"),
      ];
      await app.close();

      app = await createApp(testConfig({}, file));
      expect(app.searchCompaction).toMatchObject({ segments: pieces });
      expect(await segments(app)).toBe(1);
      expect([
        await hits(app, "pod"),
        await hits(app, "gizmo"),
        await hits(app, "kube-sch"),
      ]).toEqual(before);
      expect(before[1]).toHaveLength(6);
      await app.close();

      // One segment: nothing to do.
      app = await createApp(testConfig({}, file));
      expect(app.searchCompaction).toBeNull();
      await app.close();
    },
  );
});
