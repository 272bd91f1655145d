import type { Direction, GraphIndex, Hop } from "./graph-index.js";

export interface PathQuery {
  from: number;
  to: number;
  maxLength: number;
  direction: Direction;
  types: Set<string> | null;
  k: number;
  /** Most concepts one search may reach before it gives up. */
  maxVisits: number;
}

const REVERSE: Record<Direction, Direction> = { OUT: "IN", IN: "OUT", BOTH: "BOTH" };

/** Slots a side starts with (and goes back to after a large search): 4 KB. */
const INITIAL_SLOTS = 256;

/**
 * One side of a bidirectional search: who is reached, and by which relation from where. An
 * open-addressing table of [id, relation, other, forward] slots, sized by what the search
 * reaches: a typical search reaches tens of concepts, so the table stays in the nearest cache,
 * where arrays over every concept id (several per side, 400 KB each on 100k concepts) would
 * cost a cache miss or more per concept reached.
 */
class Side {
  private slots = new Int32Array(INITIAL_SLOTS * 4);
  private shift = 32 - Math.log2(INITIAL_SLOTS);
  private size = 0;

  /** Starts a search with nothing reached. */
  begin() {
    if (this.slots.length > INITIAL_SLOTS * 16) {
      this.slots = new Int32Array(INITIAL_SLOTS * 4);
      this.shift = 32 - Math.log2(INITIAL_SLOTS);
    } else {
      this.slots.fill(0);
    }
    this.size = 0;
  }

  /** Where `v`'s slot is, or the empty slot where it would go (ids start at 1: 0 is empty). */
  private find(v: number): number {
    const { slots } = this;
    const mask = slots.length - 4;
    let at = (Math.imul(v, 0x9e3779b1) >>> this.shift) * 4;
    while (slots[at] !== 0 && slots[at] !== v) at = (at + 4) & mask;
    return at;
  }

  has(v: number): boolean {
    return this.slots[this.find(v)] === v;
  }

  /** Records that `v` was reached (its start has relation 0, as ids start at 1). */
  reach(v: number, relation: number, other: number, forward: boolean) {
    let at = this.find(v);
    if (this.slots[at] !== v) {
      if ((this.size + 1) * 2 > this.slots.length / 4) {
        this.resize(this.slots.length / 2);
        at = this.find(v);
      }
      this.size++;
    }
    const { slots } = this;
    slots[at] = v;
    slots[at + 1] = relation;
    slots[at + 2] = other;
    slots[at + 3] = forward ? 1 : 0;
  }

  relation(v: number): number {
    return this.slots[this.find(v) + 1]!;
  }

  other(v: number): number {
    return this.slots[this.find(v) + 2]!;
  }

  forward(v: number): boolean {
    return this.slots[this.find(v) + 3] === 1;
  }

  /** Moves every slot into a table of `count` slots (a power of two). */
  private resize(count: number) {
    const old = this.slots;
    this.slots = new Int32Array(count * 4);
    this.shift = 32 - Math.log2(count);
    for (let at = 0; at < old.length; at += 4) {
      const v = old[at]!;
      if (v === 0) continue;
      const to = this.find(v);
      this.slots.set(old.subarray(at, at + 4), to);
    }
  }
}

/** Scratch space per index, reused by every search (searches are synchronous). */
const scratch = new WeakMap<GraphIndex, { fwd: Side; bwd: Side }>();

/**
 * The shortest path from `from` to `to` avoiding some concepts and relations, by a
 * bidirectional breadth-first search that grows the side whose frontier has fewer relations.
 * Hops are oriented from `from` to `to`. Null when there is none within `maxLength` hops.
 */
export function shortestPath(
  index: GraphIndex,
  q: Omit<PathQuery, "k">,
  bannedNodes: Set<number>,
  bannedRelations: Set<number>,
): Hop[] | null {
  if (q.from === q.to) return [];
  let s = scratch.get(index);
  if (!s) scratch.set(index, (s = { fwd: new Side(), bwd: new Side() }));
  const { fwd, bwd } = s;
  fwd.begin();
  bwd.begin();
  fwd.reach(q.from, 0, q.from, true);
  bwd.reach(q.to, 0, q.to, true);
  let fwdFrontier = [q.from];
  let bwdFrontier = [q.to];
  let length = 0;
  let visits = 0;
  const reverse = REVERSE[q.direction];
  const banned = bannedNodes.size > 0 || bannedRelations.size > 0;
  // The cost of growing a side is the relations its frontier has, not how many concepts it holds:
  // one hub can have thousands.
  const cost = (frontier: number[], direction: Direction) => {
    let sum = 0;
    for (const u of frontier) sum += index.degree(u, direction, null);
    return sum;
  };
  // Each frontier's cost is worked out once, when it is new.
  let fwdCost = -1;
  let bwdCost = -1;
  while (length < q.maxLength && fwdFrontier.length > 0 && bwdFrontier.length > 0) {
    if (fwdCost < 0) fwdCost = cost(fwdFrontier, q.direction);
    if (bwdCost < 0) bwdCost = cost(bwdFrontier, reverse);
    const forward = fwdCost <= bwdCost;
    const [mine, theirs] = forward ? [fwd, bwd] : [bwd, fwd];
    const frontier = forward ? fwdFrontier : bwdFrontier;
    const next: number[] = [];
    let meet = -1;
    let exhausted = false;
    for (const u of frontier) {
      index.eachLink(u, forward ? q.direction : reverse, q.types, (id, v, direction) => {
        if (mine.has(v)) return true;
        if (banned && (bannedNodes.has(v) || bannedRelations.has(id))) return true;
        // Each side keeps, per concept reached, the relation that reached it and from where;
        // the backward side stores it the way it will be walked: from v towards `to`.
        mine.reach(v, id, u, forward === (direction === "FORWARD"));
        if (theirs.has(v)) {
          meet = v;
          return false;
        }
        next.push(v);
        if (++visits > q.maxVisits) {
          exhausted = true;
          return false;
        }
        return true;
      });
      if (meet >= 0 || exhausted) break;
    }
    if (exhausted) return null;
    length++;
    if (meet >= 0) return joinAt(index, meet, fwd, bwd);
    if (forward) {
      fwdFrontier = next;
      fwdCost = -1;
    } else {
      bwdFrontier = next;
      bwdCost = -1;
    }
  }
  return null;
}

/** Rebuilds the path through the meeting concept from both sides' records. */
function joinAt(index: GraphIndex, meet: number, fwd: Side, bwd: Side): Hop[] {
  const hop = (side: Side, at: number, other: number): Hop => ({
    relation: index.relation(side.relation(at))!,
    other,
    direction: side.forward(at) ? "FORWARD" : "BACKWARD",
  });
  const head: Hop[] = [];
  // Forward records say "reached `at` from other(at)": the walked hop goes from there to `at`.
  for (let at = meet; fwd.relation(at) !== 0; at = fwd.other(at)) head.push(hop(fwd, at, at));
  head.reverse();
  const tail: Hop[] = [];
  for (let at = meet; bwd.relation(at) !== 0; at = bwd.other(at)) {
    tail.push(hop(bwd, at, bwd.other(at)));
  }
  return [...head, ...tail];
}

const keyOf = (hops: Hop[]) => hops.map((h) => h.relation.id).join(",");

/** The `k` shortest simple paths (Yen's algorithm over the breadth-first search), shortest first. */
export function kShortestPaths(index: GraphIndex, q: PathQuery): Hop[][] {
  const best = shortestPath(index, q, new Set(), new Set());
  if (!best) return [];
  const found: Hop[][] = [best];
  const seen = new Set([keyOf(best)]);
  const candidates: Hop[][] = [];
  while (found.length < q.k) {
    const last = found[found.length - 1]!;
    const nodes = [q.from, ...last.map((h) => h.other)];
    for (let i = 0; i < last.length; i++) {
      const root = last.slice(0, i);
      const rootKey = keyOf(root);
      const bannedRelations = new Set<number>();
      for (const p of found) {
        if (p.length > i && keyOf(p.slice(0, i)) === rootKey)
          bannedRelations.add(p[i]!.relation.id);
      }
      const spur = shortestPath(
        index,
        { ...q, from: nodes[i]!, maxLength: q.maxLength - i },
        new Set(nodes.slice(0, i)),
        bannedRelations,
      );
      if (!spur) continue;
      const path = [...root, ...spur];
      const key = keyOf(path);
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(path);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || compareIds(a, b));
    found.push(candidates.shift()!);
  }
  return found;
}

function compareIds(a: Hop[], b: Hop[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]!.relation.id - b[i]!.relation.id;
    if (d !== 0) return d;
  }
  return 0;
}
