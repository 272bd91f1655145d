import type { PrismaClient } from "../../generated/prisma/client.js";
import { type Change, ChangeFeed } from "../changes.js";
import { type Concept, toConcept } from "../concept/concept.model.js";
import { type RelationType, matchingTypes } from "../relation-type/relation-type.model.js";
import { type Relation, toRelation } from "../relation/relation.model.js";
import type { IdSet } from "./id-set.js";
import { readGraph } from "./graph-load.js";
import { Interner } from "./interner.js";
import { LinkTable, type LinkSink } from "./link-table.js";

/** Which way a relation was followed: FORWARD from its source, BACKWARD from its target. */
export type StepDirection = "FORWARD" | "BACKWARD";

/** Which relations of a concept to follow. */
export type Direction = "OUT" | "IN" | "BOTH";

/** A relation as seen from one of its ends. */
export interface Hop {
  relation: Relation;
  /** The concept at the other end. */
  other: number;
  direction: StepDirection;
}

/** Rows per statement while loading. */
const LOAD_PAGE = 20_000;

/**
 * The read side of the graph in memory: every concept, relation and relation type, with
 * adjacency lists per concept. Loaded once at start, then kept current by the change feed, so
 * traversals and counts never touch the database.
 */
export class GraphIndex {
  readonly types = new Map<string, RelationType>();
  private readonly bySlug = new Map<string, number>();
  /**
   * Concepts and relations by id, in plain arrays and nowhere else: on 500k entries a Map costs
   * ~50 bytes an entry and a lookup two or three cache misses, an array slot 4 bytes and one.
   */
  private conceptAt: (Concept | undefined)[] = [];
  private relationAt: (Relation | undefined)[] = [];
  private conceptTotal = 0;
  private relationTotal = 0;
  /** Shares the values many rows repeat (see Interner). */
  private readonly shared = new Interner();
  /** Adjacency, each way: see LinkTable. */
  private outLinks: LinkTable;
  private inLinks: LinkTable;
  private maxId = 0;
  /** While loading, links are built once at the end instead of one by one. */
  private loading = false;
  /** Changes told during a reload, applied again once it is done. */
  private recording: Change[] | null = null;

  /**
   * An empty index that follows `changes`; call `load` once before serving.
   * @param rebuildLinksAt see LinkTable (tests make it small to exercise rebuilds)
   */
  constructor(
    changes: ChangeFeed,
    private readonly rebuildLinksAt?: number,
  ) {
    this.outLinks = new LinkTable(rebuildLinksAt);
    this.inLinks = new LinkTable(rebuildLinksAt);
    changes.subscribe((c) => this.apply(c));
  }

  /**
   * Loads the whole graph from the database (before any write is served), `pageSize` rows per
   * statement.
   */
  async load(prisma: PrismaClient, pageSize = LOAD_PAGE): Promise<void> {
    await readGraph(prisma, pageSize, {
      type: (t) => this.putType(t),
      concept: (c) => this.putConcept(c),
      relations: async (each) => {
        this.loading = true;
        try {
          await each((r) => this.putRelation(r, true));
        } finally {
          this.loading = false;
        }
      },
    });
    this.buildLinks();
  }

  /** Builds both link tables from `relations` (in relation-id order). */
  private buildLinks(): void {
    // By relation id: the array's order.
    const each = (way: "out" | "in") => (sink: LinkSink) => {
      for (const r of this.relationAt) {
        if (!r) continue;
        if (way === "out") sink(r.sourceId, r.id, r.targetId);
        else sink(r.targetId, r.id, r.sourceId);
      }
    };
    this.outLinks.build(this.maxId, this.relationTotal, each("out"));
    this.inLinks.build(this.maxId, this.relationTotal, each("in"));
  }

  /** How many concepts it holds. */
  get conceptCount(): number {
    return this.conceptTotal;
  }

  /** How many relations it holds. */
  get relationCount(): number {
    return this.relationTotal;
  }

  /** Every concept, by id. */
  *allConcepts(): IterableIterator<Concept> {
    for (const c of this.conceptAt) if (c) yield c;
  }

  /** Every relation, by id. */
  *allRelations(): IterableIterator<Relation> {
    for (const r of this.relationAt) if (r) yield r;
  }

  /** The concept with this id, or undefined. */
  concept(id: number): Concept | undefined {
    return this.conceptAt[id];
  }

  /** The relation with this id, or undefined. */
  relation(id: number): Relation | undefined {
    return this.relationAt[id];
  }

  /** The concept with this slug, or undefined. */
  conceptBySlug(slug: string): Concept | undefined {
    const id = this.bySlug.get(slug);
    return id === undefined ? undefined : this.conceptAt[id];
  }

  /** The relations of a concept in `direction`, optionally only those of some types, by relation id. */
  hops(conceptId: number, direction: Direction, types: Set<string> | null): Hop[] {
    const hops: Hop[] = [];
    this.eachHop(conceptId, direction, types, (relation, other, dir) => {
      hops.push({ relation, other, direction: dir });
    });
    return hops;
  }

  /**
   * Calls `visit` with each relation of a concept in `direction` (of `types`), by relation id, and
   * stops as soon as it returns false: a traversal that has what it needs from a hub with
   * thousands of relations does not pay for the rest. Returns false when stopped.
   */
  eachHop(
    conceptId: number,
    direction: Direction,
    types: Set<string> | null,
    visit: (relation: Relation, other: number, direction: StepDirection) => boolean | void,
  ): boolean {
    return this.eachLink(conceptId, direction, types, (id, other, dir) =>
      visit(this.relationAt[id]!, other, dir),
    );
  }

  /**
   * Like `eachHop`, with the relation's id instead of the relation: the cheapest walk, for
   * traversals that only need to know which concepts are connected.
   */
  eachLink(
    conceptId: number,
    direction: Direction,
    types: Set<string> | null,
    visit: (relationId: number, other: number, direction: StepDirection) => boolean | void,
  ): boolean {
    let out: ArrayLike<number> = NONE;
    let i = 0;
    let iEnd = 0;
    if (direction !== "IN") {
      this.outLinks.locate(conceptId);
      ({ list: out, lo: i, hi: iEnd } = this.outLinks);
    }
    let inc: ArrayLike<number> = NONE;
    let j = 0;
    let jEnd = 0;
    if (direction !== "OUT") {
      this.inLinks.locate(conceptId);
      ({ list: inc, lo: j, hi: jEnd } = this.inLinks);
    }
    // Both lists are sorted by relation id: merge them instead of sorting (hubs have thousands).
    while (i < iEnd || j < jEnd) {
      let id: number;
      let other: number;
      let dir: StepDirection;
      if (j >= jEnd || (i < iEnd && out[i]! < inc[j]!)) {
        id = out[i]!;
        other = out[i + 1]!;
        dir = "FORWARD";
        i += 2;
      } else {
        id = inc[j]!;
        other = inc[j + 1]!;
        dir = "BACKWARD";
        j += 2;
      }
      if (types && !types.has(this.relationAt[id]!.typeKey)) continue;
      if (visit(id, other, dir) === false) return false;
    }
    return true;
  }

  /**
   * The ids of the relations (of `types`) from a concept of `concepts` to one in `among`: the
   * relations inside a set of concepts, each concept's in relation-id order (see
   * LinkTable.linksAmong).
   */
  outLinksAmong(concepts: readonly number[], types: Set<string> | null, among: IdSet): number[] {
    const ids: number[] = [];
    this.outLinks.linksAmong(concepts, among, ids);
    return types ? ids.filter((id) => types.has(this.relationAt[id]!.typeKey)) : ids;
  }

  /**
   * The concepts with these ids, each one's slug and name read here in a tight loop: on a large
   * graph every concept and string is a cache miss, and here many are in flight at once rather
   * than one at a time when the answer is built (on the bench's L graph, W2 went up ~12-18%).
   */
  conceptsOf(ids: readonly number[]): Concept[] {
    const concepts = new Array<Concept>(ids.length);
    let touched = 0;
    for (let k = 0; k < ids.length; k++) concepts[k] = this.conceptAt[ids[k]!]!;
    for (let k = 0; k < concepts.length; k++) {
      const c = concepts[k]!;
      touched += c.slug.length + c.name.length;
    }
    this.touched = touched;
    return concepts;
  }

  /** Keeps the loads of `conceptsOf` from being optimised away. */
  private touched = 0;

  /** How many relations a concept has in `direction`, optionally only of some types. */
  degree(conceptId: number, direction: Direction, types: Set<string> | null): number {
    if (!types) {
      return (
        (direction !== "IN" ? this.outLinks.count(conceptId) : 0) +
        (direction !== "OUT" ? this.inLinks.count(conceptId) : 0)
      );
    }
    let n = 0;
    this.eachLink(conceptId, direction, types, () => {
      n++;
    });
    return n;
  }

  /** Applies one committed change. */
  apply(change: Change): void {
    this.recording?.push(change);
    switch (change.entity) {
      case "concept":
        if (change.op === "delete") this.removeConcept(change.before.id);
        else this.putConcept(change.after);
        return;
      case "relation":
        if (change.op === "delete") this.removeRelation(change.before.id);
        else this.putRelation(change.after);
        return;
      case "relationType":
        if (change.op === "delete") this.types.delete(change.key);
        else this.putType(change.after);
        return;
      case "note":
        return;
      case "import":
        this.putImported(change.concepts, change.relations);
        return;
    }
  }

  /** Adds what a bulk import created: its concepts, then its relations (ids ascending). */
  putImported(concepts: Concept[], relations: Relation[]): void {
    for (const c of concepts) this.putConcept(c);
    const sorted = [...relations].sort((a, b) => a.id - b.id);
    if (sorted.length < 10_000) {
      for (const r of sorted) this.putRelation(r);
      return;
    }
    // Many at once: add them all, then build the link tables once instead of link by link.
    this.loading = true;
    try {
      for (const r of sorted) this.putRelation(r);
    } finally {
      this.loading = false;
    }
    this.buildLinks();
  }

  /**
   * Loads the whole graph again and swaps it in at once (reads never see a half-loaded index).
   * Changes told while loading are applied again on top: putting and removing are idempotent.
   * Used when notifications from other replicas may have been missed.
   */
  async reload(prisma: PrismaClient): Promise<void> {
    const fresh = new GraphIndex(new ChangeFeed(), this.rebuildLinksAt);
    const during: Change[] = [];
    this.recording = during;
    try {
      await fresh.load(prisma);
    } finally {
      this.recording = null;
    }
    for (const change of during) fresh.apply(change);
    for (const name of ["bySlug", "types"] as const) {
      const mine = this[name] as Map<unknown, unknown>;
      mine.clear();
      for (const [k, v] of fresh[name] as Map<unknown, unknown>) mine.set(k, v);
    }
    this.conceptAt = fresh.conceptAt;
    this.relationAt = fresh.relationAt;
    this.conceptTotal = fresh.conceptTotal;
    this.relationTotal = fresh.relationTotal;
    this.outLinks = fresh.outLinks;
    this.inLinks = fresh.inLinks;
    this.maxId = fresh.maxId;
  }

  private putType(t: RelationType) {
    this.types.set(t.key, {
      key: t.key,
      label: t.label,
      inverseLabel: t.inverseLabel,
      description: t.description,
      sourceKinds: t.sourceKinds,
      targetKinds: t.targetKinds,
      symmetric: t.symmetric,
      parent: t.parent,
    });
  }

  /** The type keys a filter on `types` matches among the types held (see matchingTypes). */
  typeSet(types: readonly string[] | null | undefined, exact = false): Set<string> | null {
    return matchingTypes(types, this.types.values(), exact);
  }

  private putConcept(c: Concept) {
    this.maxId = Math.max(this.maxId, c.id);
    const previous = this.conceptAt[c.id];
    if (previous && previous.slug !== c.slug) this.bySlug.delete(previous.slug);
    if (!previous) this.conceptTotal++;
    this.conceptAt[c.id] = this.shared.concept(toConcept(c));
    this.bySlug.set(c.slug, c.id);
  }

  private removeConcept(id: number) {
    const c = this.conceptAt[id];
    if (!c) return;
    // The database removed its relations with it (ON DELETE CASCADE).
    const gone: number[] = [];
    this.eachLink(id, "BOTH", null, (relationId) => {
      gone.push(relationId);
    });
    for (const relationId of gone) this.removeRelation(relationId);
    this.outLinks.clear(id);
    this.inLinks.clear(id);
    this.conceptAt[id] = undefined;
    this.conceptTotal--;
    this.bySlug.delete(c.slug);
  }

  /** @param owned `r` is the index's to keep (made for it by the load): no copy is taken */
  private putRelation(r: Relation, owned = false) {
    const copy = this.shared.relation(owned ? r : toRelation(r), this.types.get(r.typeKey)?.key);
    const previous = this.relationAt[r.id];
    if (previous && (previous.sourceId !== r.sourceId || previous.targetId !== r.targetId)) {
      this.removeRelation(r.id);
    }
    const isNew = !this.relationAt[r.id];
    if (isNew) this.relationTotal++;
    this.relationAt[r.id] = copy;
    this.maxId = Math.max(this.maxId, r.sourceId, r.targetId);
    if (!isNew || this.loading) return;
    const outCrowded = this.outLinks.add(r.sourceId, r.id, r.targetId);
    const inCrowded = this.inLinks.add(r.targetId, r.id, r.sourceId);
    if (outCrowded || inCrowded) this.buildLinks();
  }

  private removeRelation(id: number) {
    const r = this.relationAt[id];
    if (!r) return;
    this.relationAt[id] = undefined;
    this.relationTotal--;
    const outCrowded = this.outLinks.remove(r.sourceId, id);
    const inCrowded = this.inLinks.remove(r.targetId, id);
    if (outCrowded || inCrowded) this.buildLinks();
  }
}

const NONE: number[] = [];
