import { describe, expect, it } from "vitest";
import { seedGraph } from "../src/io/seed/seed.service.js";
import { ChangeFeed } from "../src/graph/changes.js";
import type { Concept } from "../src/graph/concept/concept.model.js";
import type { Relation } from "../src/graph/relation/relation.model.js";
import { type Direction, GraphIndex } from "../src/graph/traversal/graph-index.js";
import { IdSet } from "../src/graph/traversal/id-set.js";
import { kShortestPaths } from "../src/graph/traversal/paths.js";
import { startTestApp } from "./helpers.js";

// The read index against a naive model: random creates and deletes of concepts and relations,
// with link tables small enough that they are rebuilt many times along the way.

const at = new Date("2026-01-01T00:00:00Z");
const concept = (id: number): Concept => ({
  id,
  slug: `c-${id}`,
  name: `C ${id}`,
  kind: "concept",
  summary: "",
  description: "",
  docsUrl: null,
  scope: null,
  apiVersion: null,
  lifecycle: [],
  version: 1,
  createdAt: at,
  updatedAt: at,
});
const relation = (id: number, sourceId: number, targetId: number, typeKey: string): Relation => ({
  id,
  sourceId,
  typeKey,
  targetId,
  description: null,
  qualifiers: null,
  lifecycle: [],
  version: 1,
  createdAt: at,
  updatedAt: at,
});

/** A deterministic PRNG, so a failure replays. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What `hops` must say, computed the slow way from the relations alone. */
function expected(relations: Map<number, Relation>, id: number, direction: Direction) {
  return [...relations.values()]
    .filter(
      (r) =>
        (direction !== "IN" && r.sourceId === id) || (direction !== "OUT" && r.targetId === id),
    )
    .sort((a, b) => a.id - b.id)
    .map((r) => ({
      id: r.id,
      other: r.sourceId === id && direction !== "IN" ? r.targetId : r.sourceId,
      direction: r.sourceId === id && direction !== "IN" ? "FORWARD" : "BACKWARD",
    }));
}

describe("graph index adjacency", () => {
  it.each([1, 2, 3])(
    "matches a naive model through random writes and rebuilds (seed %i)",
    (seed) => {
      const feed = new ChangeFeed();
      const index = new GraphIndex(feed, 8);
      const model = new Map<number, Relation>();
      const concepts = new Set<number>();
      const rand = rng(seed);
      let nextConcept = 1;
      let nextRelation = 1;
      const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;

      for (let step = 0; step < 1500; step++) {
        const roll = rand();
        if (roll < 0.15 || concepts.size < 3) {
          const c = concept(nextConcept++);
          concepts.add(c.id);
          feed.emit({ entity: "concept", op: "create", after: c });
        } else if (roll < 0.7) {
          const ids = [...concepts];
          const s = pick(ids);
          // Hubs: a few low ids get most of the targets.
          const t = rand() < 0.5 ? ids[Math.floor(rand() * Math.min(3, ids.length))]! : pick(ids);
          if (s === t) continue;
          const r = relation(nextRelation++, s, t, pick(["uses", "runs-on"]));
          model.set(r.id, r);
          feed.emit({ entity: "relation", op: "create", after: r });
        } else if (roll < 0.85 && model.size > 0) {
          const r = pick([...model.values()]);
          model.delete(r.id);
          feed.emit({ entity: "relation", op: "delete", before: r });
        } else if (roll < 0.9) {
          const id = pick([...concepts]);
          concepts.delete(id);
          for (const r of [...model.values()]) {
            if (r.sourceId === id || r.targetId === id) model.delete(r.id);
          }
          feed.emit({ entity: "concept", op: "delete", before: concept(id) });
        } else if (model.size > 0) {
          // An update of a relation (a new description) must not move it.
          const r = { ...pick([...model.values()]), description: `v${step}` };
          model.set(r.id, r);
          feed.emit({ entity: "relation", op: "update", after: r });
        }

        if (step % 50 === 0 || step === 1499) {
          for (const id of concepts) {
            for (const direction of ["OUT", "IN", "BOTH"] as const) {
              const got = index
                .hops(id, direction, null)
                .map((h) => ({ id: h.relation.id, other: h.other, direction: h.direction }));
              expect(got).toEqual(expected(model, id, direction));
              expect(index.degree(id, direction, null)).toBe(got.length);
            }
            const uses = index.hops(id, "BOTH", new Set(["uses"])).map((h) => h.relation.id);
            expect(uses).toEqual(
              expected(model, id, "BOTH")
                .filter((h) => model.get(h.id)!.typeKey === "uses")
                .map((h) => h.id),
            );
          }
          expect(index.relationCount).toBe(model.size);
          // The relations inside a set of concepts, read in a batch (rebuilt rows and changed
          // ones mixed, and an id past the table): each one's outgoing links to the set, in order.
          const ids = [...concepts, nextConcept + 5];
          const among = new IdSet();
          among.reset(concepts.size);
          const inside = [...concepts].filter(() => rand() < 0.6);
          for (const id of inside) among.add(id);
          for (const types of [null, new Set(["uses"])]) {
            expect(index.outLinksAmong(ids, types, among)).toEqual(
              ids.flatMap((id) =>
                expected(model, id, "OUT")
                  .filter((h) => inside.includes(h.other))
                  .filter((h) => !types || types.has(model.get(h.id)!.typeKey))
                  .map((h) => h.id),
              ),
            );
          }
          expect(index.conceptsOf([...concepts]).map((c) => c.id)).toEqual([...concepts]);
        }
      }
    },
  );

  it("stops walking a hub as soon as the visitor says so", () => {
    const feed = new ChangeFeed();
    const index = new GraphIndex(feed);
    for (let id = 1; id <= 1001; id++)
      feed.emit({ entity: "concept", op: "create", after: concept(id) });
    for (let id = 2; id <= 1001; id++) {
      feed.emit({ entity: "relation", op: "create", after: relation(id, id, 1, "uses") });
    }
    let seen = 0;
    const finished = index.eachLink(1, "BOTH", null, () => ++seen < 10);
    expect(finished).toBe(false);
    expect(seen).toBe(10);
    expect(index.degree(1, "IN", null)).toBe(1000);
  });
});

describe("a bulk import into the index", () => {
  it("adds thousands of relations at once with the same adjacency as one by one", () => {
    const rand = rng(9);
    const concepts = Array.from({ length: 3000 }, (_, i) => concept(i + 1));
    const relations: Relation[] = [];
    for (let id = 1; relations.length < 12_000; id++) {
      const s = 1 + Math.floor(rand() * 3000);
      const t = 1 + Math.floor(rand() ** 3 * 3000);
      if (s !== t) relations.push(relation(id, s, t, rand() < 0.5 ? "uses" : "runs-on"));
    }
    const [bulkFeed, oneFeed] = [new ChangeFeed(), new ChangeFeed()];
    const [bulk, oneByOne] = [new GraphIndex(bulkFeed), new GraphIndex(oneFeed)];
    // Some relations exist before the import, as in a graph that already has data.
    for (const c of concepts.slice(0, 100)) {
      bulkFeed.emit({ entity: "concept", op: "create", after: c });
    }
    const before = relations.filter((r) => r.sourceId <= 100 && r.targetId <= 100);
    for (const r of before) bulkFeed.emit({ entity: "relation", op: "create", after: r });
    bulkFeed.emit({
      entity: "import",
      op: "create",
      key: "import-1",
      summary: {} as never,
      subjects: [],
      concepts: concepts.slice(100),
      relations: relations.filter((r) => !before.includes(r)).reverse(),
    });
    for (const c of concepts) oneFeed.emit({ entity: "concept", op: "create", after: c });
    for (const r of relations) oneFeed.emit({ entity: "relation", op: "create", after: r });
    for (let id = 1; id <= 3000; id += 7) {
      const ids = (index: GraphIndex) => index.hops(id, "BOTH", null).map((h) => h.relation.id);
      expect(ids(bulk)).toEqual(ids(oneByOne));
    }
    expect(bulk.degree(1, "IN", null)).toBe(oneByOne.degree(1, "IN", null));
    expect(bulk.relationCount).toBe(relations.length);
  });
});

// It seeds through the app on purpose (the app's index is then the one its writes kept): the whole
// curated seed, written item by item, can take longer than the default 30 s on a loaded machine.
describe("loading from the database", { timeout: 180_000 }, () => {
  it("loads the same index in pages of a few rows as in one page", async () => {
    const t = await startTestApp();
    try {
      await seedGraph(t.app.services);
      const prisma = t.app.db.prisma;
      const [paged, whole] = [new GraphIndex(new ChangeFeed()), new GraphIndex(new ChangeFeed())];
      await paged.load(prisma, 7);
      await whole.load(prisma, 1_000_000);
      expect(paged.conceptCount).toBeGreaterThan(50);
      expect(paged.relationCount).toBeGreaterThan(50);
      expect([...paged.allConcepts()]).toEqual([...whole.allConcepts()]);
      expect([...paged.allRelations()]).toEqual([...whole.allRelations()]);
      // And the same as the app's own index, kept by its writes since it started empty.
      expect([...paged.allRelations()]).toEqual([...t.app.services.index.allRelations()]);
      expect([...paged.allConcepts()]).toEqual([...t.app.services.index.allConcepts()]);
      for (const { id } of paged.allConcepts()) {
        const hops = (index: GraphIndex) => index.hops(id, "BOTH", null).map((h) => h.relation.id);
        expect(hops(paged)).toEqual(hops(whole));
      }
    } finally {
      await t.close();
    }
  });
});

describe("shortest paths against a plain breadth-first search", () => {
  // The large graph makes searches reach thousands of concepts, so that the search tables grow
  // and, at the next search, start small again.
  it.each([
    [4, 40, 70, 3, 5],
    [5, 40, 70, 3, 5],
    [6, 40, 70, 3, 5],
    [7, 3000, 6000, 97, 131],
  ])("finds a shortest valid walk for every pair (seed %i, %i concepts)", (seed, n, m, df, dt) => {
    const feed = new ChangeFeed();
    const index = new GraphIndex(feed);
    const rand = rng(seed);
    for (let id = 1; id <= n; id++)
      feed.emit({ entity: "concept", op: "create", after: concept(id) });
    const relations: Relation[] = [];
    for (let id = 1; id <= m; id++) {
      const s = 1 + Math.floor(rand() * n);
      const t = 1 + Math.floor(rand() ** 2 * n);
      if (s === t) continue;
      const r = relation(id, s, t, "uses");
      relations.push(r);
      feed.emit({ entity: "relation", op: "create", after: r });
    }
    const touching = new Map<number, Relation[]>();
    for (const r of relations) {
      for (const end of [r.sourceId, r.targetId])
        touching.set(end, [...(touching.get(end) ?? []), r]);
    }
    const distance = (from: number, to: number, direction: Direction) => {
      const seen = new Map([[from, 0]]);
      const queue = [from];
      while (queue.length > 0) {
        const u = queue.shift()!;
        for (const r of touching.get(u) ?? []) {
          const next =
            r.sourceId === u && direction !== "IN"
              ? r.targetId
              : r.targetId === u && direction !== "OUT"
                ? r.sourceId
                : null;
          if (next !== null && !seen.has(next)) {
            seen.set(next, seen.get(u)! + 1);
            queue.push(next);
          }
        }
      }
      return seen.get(to) ?? Infinity;
    };
    for (let from = 1; from <= n; from += df) {
      for (let to = 2; to <= n; to += dt) {
        if (from === to) continue;
        for (const direction of ["BOTH", "OUT"] as const) {
          const want = distance(from, to, direction);
          const [path] = kShortestPaths(index, {
            from,
            to,
            maxLength: 6,
            direction,
            types: null,
            k: 1,
            maxVisits: 10_000,
          });
          if (want > 6) {
            expect(path).toBeUndefined();
            continue;
          }
          expect(path!.length).toBe(want);
          let at = from;
          for (const hop of path!) {
            const { sourceId, targetId } = hop.relation;
            if (hop.direction === "FORWARD") expect([sourceId, targetId]).toEqual([at, hop.other]);
            else expect([targetId, sourceId]).toEqual([at, hop.other]);
            if (direction === "OUT") expect(hop.direction).toBe("FORWARD");
            at = hop.other;
          }
          expect(at).toBe(to);
        }
      }
    }
  });
});

describe("path search tables", () => {
  it("grow for a search that reaches thousands, then start empty for the next one", () => {
    const feed = new ChangeFeed();
    const index = new GraphIndex(feed);
    const n = 4000;
    for (let id = 1; id <= n; id++) {
      feed.emit({ entity: "concept", op: "create", after: concept(id) });
    }
    // A ring: from 1 to 2001 each side of the search walks about a thousand concepts.
    for (let id = 1; id <= n; id++) {
      feed.emit({
        entity: "relation",
        op: "create",
        after: relation(id, id, (id % n) + 1, "uses"),
      });
    }
    const path = (from: number, to: number) =>
      kShortestPaths(index, {
        from,
        to,
        maxLength: n,
        direction: "BOTH",
        types: null,
        k: 1,
        maxVisits: 100_000,
      })[0]!;
    for (let round = 0; round < 2; round++) {
      expect(path(1, 2001).length).toBe(2000);
      const short = path(3, 7);
      expect(short.map((h) => h.other)).toEqual([4, 5, 6, 7]);
      expect(path(3995, 2).map((h) => h.other)).toEqual([3996, 3997, 3998, 3999, 4000, 1, 2]);
    }
  });
});

describe("the small id set of neighbourhoods", () => {
  it("agrees with a Set through resets of every size, with ids that collide", () => {
    const set = new IdSet();
    const rand = rng(9);
    for (const max of [1, 3, 16, 200, 5000, 7]) {
      set.reset(max);
      const model = new Set<number>();
      while (model.size < max) {
        // Multiples of a power of two land in few slots: the probing must walk past them.
        const id = rand() < 0.5 ? 1 + Math.floor(rand() * 1_000_000) : 1024 * (1 + model.size);
        expect(set.has(id)).toBe(model.has(id));
        if (!model.has(id)) {
          set.add(id);
          model.add(id);
        }
      }
      for (const id of model) expect(set.has(id)).toBe(true);
      for (let i = 0; i < 1000; i++) {
        const id = 1 + Math.floor(rand() * 2_000_000);
        expect(set.has(id)).toBe(model.has(id));
      }
    }
  });
});
