import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, buildConcept, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

// SQL reads (the graph index only ever holds committed writes made through the services).
const GET = `query($slug: String!) { concept: lookup(name: $slug) { slug } concepts { totalCount } }`;

describe("reads outside a transaction", () => {
  it("never see another request's uncommitted rows, and see them once committed", async () => {
    const c = buildConcept({ slug: "uncommitted-thing" });
    let seenInside: unknown;
    await t.app.db.prisma.$transaction(async (tx) => {
      await tx.concept.create({
        data: {
          slug: c.slug,
          name: c.name,
          nameKey: c.name.toLowerCase(),
          kind: c.kind,
          summary: c.summary,
        },
      });
      // Another request while this transaction is open.
      seenInside = (await t.gql(GET, { slug: c.slug })).data;
    });
    expect(seenInside).toEqual({ concept: null, concepts: { totalCount: 0 } });
    expect((await t.gql(GET, { slug: c.slug })).data).toEqual({
      concept: { slug: c.slug },
      concepts: { totalCount: 1 },
    });
  });

  it("a rolled-back transaction is never visible", async () => {
    const c = buildConcept({ slug: "rolled-back-thing" });
    let seenInside: unknown;
    await t.app.db.prisma
      .$transaction(async (tx) => {
        await tx.concept.create({
          data: {
            slug: c.slug,
            name: c.name,
            nameKey: c.name.toLowerCase(),
            kind: c.kind,
            summary: c.summary,
          },
        });
        seenInside = (await t.gql(GET, { slug: c.slug })).data;
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(seenInside).toMatchObject({ concept: null });
    expect((await t.gql(GET, { slug: c.slug })).data).toMatchObject({ concept: null });
  });
});
