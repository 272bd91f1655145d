import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ON_POSTGRES, type TestApp, buildConcept, startTestApp } from "./helpers.js";

// Ranking and snippets come from the database engine: each hit's score is the engine's own
// bm25() (SQLite FTS5) or ts_rank_cd() (PostgreSQL) of the row, asked for here by a plain query,
// and pages, totals and the any-word fallback hold on the seeded graph plus hard cases.

const ENGINE_SCORES = ON_POSTGRES
  ? `SELECT s."conceptId" AS id,
       ts_rank_cd('{0.1, 0.2, 0.3, 1.0}', s.document, to_tsquery('simple', $1), 1)::float8 AS score
     FROM "ConceptSearch" s WHERE s.document @@ to_tsquery('simple', $1)`
  : `SELECT rowid AS id, -bm25("ConceptSearch", 2.0, 10.0, 8.0, 3.0, 1.0, 1.0) AS score
     FROM "ConceptSearch" WHERE "ConceptSearch" MATCH ?`;
/** The engine's query of words (the last a prefix), in its syntax. */
const engineQuery = (words: string[]) =>
  ON_POSTGRES
    ? words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ")
    : words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" AND ");

const EXTRA = [
  { slug: "pod-pod-pod", name: "Pod Pod Pod", summary: "A pod of pods, podding pods." },
  {
    slug: "sentences",
    name: "Sentence Machine",
    summary: "Short.",
    description:
      "The first sentence talks about nothing much at all, really, for quite a few words here. " +
      "Then: a pod appears, with a scheduler nearby. Another sentence follows the pod and " +
      "another; the kube scheduler places pods. Final words of text that go on and on.",
  },
  { slug: "cafe-resume", name: "Café Résumé", summary: "Crème brûlée; the CAFÉ of résumés." },
];

describe("search ranking and snippets from the engine", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_START: "true" });
    for (const c of EXTRA) await t.app.services.concepts.create(buildConcept(c));
  });
  afterAll(() => t?.close());

  const search = (text: string, first = 100, after: string | null = null) =>
    t.app.services.search.search(text, null, first, after);

  it.each([["pod"], ["kube sch"], ["key value"], ["scheduler pod"]])(
    "%s: every hit's score is the engine's, in tier then score order",
    async (text) => {
      const page = await search(text);
      const rows = await t.app.db.prisma.$queryRawUnsafe<{ id: number; score: number }[]>(
        ENGINE_SCORES,
        engineQuery(text.split(" ")),
      );
      const want = new Map(rows.map((r) => [Number(r.id), Number(r.score)]));
      expect(page.totalCount).toBe(want.size);
      for (const { node } of page.items) {
        expect(node.score, node.concept.slug).toBeCloseTo(want.get(node.concept.id)!, 9);
      }
      const exact = page.items.map((i) => (i.node.exact ? 0 : 1));
      expect(exact).toEqual([...exact].sort((a, b) => a - b));
    },
  );

  it("cuts long fields around the words, marking each", async () => {
    const hit = (await search("scheduler pod")).items.find(
      (i) => i.node.concept.slug === "sentences",
    )!;
    expect(hit.node.matched).toEqual(["description"]);
    expect(hit.node.snippet).toMatch(/^…/);
    expect(hit.node.snippet).toMatch(/…$/);
    expect(hit.node.snippet).toContain("<mark>pod</mark>");
    expect(hit.node.snippet).toContain("<mark>scheduler</mark>");
  });

  it("pages past the end still count every match", async () => {
    // More than one page of hits: walk to the last page, counting.
    let last = await search("pod");
    let seen = last.items.length;
    while (last.hasNextPage) {
      last = await search("pod", 100, last.items.at(-1)!.cursor);
      seen += last.items.length;
    }
    expect(seen).toBe(last.totalCount);
    const past = await search("pod", 5, last.items.at(-1)!.cursor);
    expect(past).toMatchObject({ items: [], totalCount: last.totalCount, hasNextPage: false });
    expect((await search("pod", 0)).totalCount).toBe(last.totalCount);
  });

  it("falls back to any word when no concept has them all", async () => {
    const page = await search("etcd zzzznothing");
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.items[0]!.node.concept.slug).toBe("etcd");
  });
});
