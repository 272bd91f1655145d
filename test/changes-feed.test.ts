import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, buildConcept, expectError, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const FEED = `query($since: String, $first: Int) { changes(since: $since, first: $first) {
  cursor hasMore items { id actor entity op key subjects before after } } }`;

async function poll(since: string | null, first: number) {
  const res = await t.gql(FEED, { since, first });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.changes as {
    cursor: string;
    hasMore: boolean;
    items: { id: number; entity: string; op: string; key: string }[];
  };
}

/** Polls until caught up; returns every item seen and the cursor to continue from. */
async function drain(since: string | null, first = 100) {
  const items: { id: number }[] = [];
  let cursor = since;
  for (;;) {
    const page = await poll(cursor, first);
    items.push(...page.items);
    cursor = page.cursor;
    if (!page.hasMore) return { items, cursor };
  }
}

const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;

describe("changes feed", () => {
  it("starts at the first change, pages in id order, and returns the same cursor when idle", async () => {
    for (let i = 0; i < 5; i++) await t.gql(CREATE, { input: buildConcept({ slug: `feed-${i}` }) });
    const first = await poll(null, 2);
    expect(first.items.map((c) => c.key)).toEqual(["feed-0", "feed-1"]);
    expect(first.hasMore).toBe(true);
    const rest = await drain(first.cursor, 2);
    expect(rest.items.map((c: any) => c.key)).toEqual(["feed-2", "feed-3", "feed-4"]);
    const idle = await poll(rest.cursor, 10);
    expect(idle).toEqual({ cursor: rest.cursor, hasMore: false, items: [] });
    await t.gql(
      `mutation { updateConcept(slug: "feed-0", input: { summary: "Changed." }) { slug } }`,
    );
    const next = await poll(rest.cursor, 10);
    expect(next.items).toMatchObject([{ entity: "concept", op: "update", key: "feed-0" }]);
    expect(next.cursor).not.toBe(rest.cursor);
  });

  it("never misses nor repeats a change under 50 concurrent writes", async () => {
    const start = (await drain(null)).cursor;
    const last = await t.app.db.prisma.changeRecord.findFirst({ orderBy: { id: "desc" } });
    const targets = ["feed-0", "feed-1", "feed-2", "feed-3", "feed-4"];
    let done = false;
    const seen: { id: number }[] = [];
    const pages: number[][] = [];
    const poller = (async () => {
      let cursor: string | null = start;
      for (;;) {
        const wasDone = done;
        const page = await poll(cursor, 7);
        pages.push(page.items.map((c) => c.id));
        seen.push(...page.items);
        cursor = page.cursor;
        if (wasDone && !page.hasMore) return;
      }
    })();
    const writes = Array.from({ length: 50 }, (_, i) => {
      const slug = targets[i % targets.length]!;
      if (i % 3 === 0) return t.gql(CREATE, { input: buildConcept({ slug: `feed-par-${i}` }) });
      if (i % 3 === 1) {
        return t.gql(
          `mutation($s: String!) { updateConcept(slug: "${slug}", input: { summary: $s }) { slug } }`,
          {
            s: `Summary ${i}.`,
          },
        );
      }
      return t.gql(`mutation { addNote(input: { concept: "${slug}", body: "note ${i}" }) { id } }`);
    });
    // Writes that fail are never in the feed.
    const failing = Array.from({ length: 5 }, () =>
      t.gql(CREATE, { input: buildConcept({ slug: "feed-0" }) }),
    );
    const results = await Promise.all(writes);
    for (const r of results) expect(r.errors).toBeUndefined();
    for (const r of await Promise.all(failing)) expectError(r, "CONFLICT");
    done = true;
    await poller;

    const ids = seen.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const stored = await t.app.db.prisma.changeRecord.findMany({
      where: { id: { gt: last!.id } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    expect(ids).toEqual(stored.map((r) => r.id));
    expect(ids).toHaveLength(50);
    expect(pages.length).toBeGreaterThan(1);
  });

  it("gives the latest cursor, to follow only what happens from now on", async () => {
    const now = (await t.gql(`{ changesCursor }`)).data!.changesCursor as string;
    expect((await poll(now, 10)).items).toEqual([]);
    const rest = (await (await fetch(`${t.url}/api/v1/changes/cursor`)).json()) as any;
    expect(rest.cursor).toBe(now);
    await t.gql(CREATE, { input: buildConcept({ slug: "feed-now" }) });
    expect((await poll(now, 10)).items.map((c) => c.key)).toEqual(["feed-now"]);
  });

  it("refuses a bad cursor or page size naming the field", async () => {
    expectError(await t.gql(FEED, { since: "not-a-cursor" }), "BAD_USER_INPUT", "since");
    const history = await t.gql(`{ history(slug: "feed-0", first: 1) { pageInfo { endCursor } } }`);
    const otherKind = history.data!.history.pageInfo.endCursor as string;
    expectError(await t.gql(FEED, { since: otherKind }), "BAD_USER_INPUT", "since");
    expectError(await t.gql(FEED, { first: 101 }), "BAD_USER_INPUT", "first");
    expectError(await t.gql(FEED, { first: -1 }), "BAD_USER_INPUT", "first");
  });

  it("is served over REST with the same items and cursors", async () => {
    const gql = await poll(null, 3);
    const res = await fetch(`${t.url}/api/v1/changes?first=3`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.cursor).toBe(gql.cursor);
    expect(body.hasMore).toBe(true);
    expect(body.items.map((c: any) => [c.id, c.key, c.op])).toEqual(
      gql.items.map((c) => [c.id, c.key, c.op]),
    );
    expect(body.items[0].after).toMatchObject({ slug: "feed-0" });
    const next = await fetch(
      `${t.url}/api/v1/changes?since=${encodeURIComponent(body.cursor)}&first=1`,
    );
    const nextBody = (await next.json()) as any;
    expect(nextBody.items[0].id).toBeGreaterThan(body.items[2].id);
    const bad = await fetch(`${t.url}/api/v1/changes?since=nope`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "since",
    });
    const big = await fetch(`${t.url}/api/v1/changes?first=1000`);
    expect(big.status).toBe(400);
  });
});
