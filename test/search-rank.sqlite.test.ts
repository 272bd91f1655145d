// SQLite's search folds diacritics (FTS5's unicode61 tokenizer); PostgreSQL's "simple" text search
// configuration keeps them. The rest of search ranking, on both: search-rank.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, buildConcept, startTestApp } from "./helpers.js";

describe("search on SQLite", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_START: "true" });
    await t.app.services.concepts.create(
      buildConcept({
        slug: "cafe-resume",
        name: "Café Résumé",
        summary: "Crème brûlée; the CAFÉ of résumés.",
      }),
    );
  });
  afterAll(() => t?.close());

  const search = (text: string) => t.app.services.search.search(text, null, 100, null);

  it("folds diacritics as FTS5's unicode61 tokenizer does", async () => {
    const [folded, accented] = [await search("cafe resume"), await search("café résumé")];
    expect(folded.items[0]!.node.concept.slug).toBe("cafe-resume");
    expect(accented.items[0]!.node).toMatchObject({
      concept: { slug: "cafe-resume" },
      exact: true,
    });
    // "CAFÉ" and "résumés" in the summary match too; FTS5 picks the slug's passage (first column).
    expect(accented.items[0]!.node.matched).toEqual(["slug", "name", "summary"]);
    expect(accented.items[0]!.node.snippet).toBe("<mark>cafe</mark>-<mark>resume</mark>");
  });
});
