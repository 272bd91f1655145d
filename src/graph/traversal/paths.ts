import { EpochMarks } from "./epoch-marks.js";
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

/** One side of a bidirectional search: who is reached, and by which relation from where. */
class Side {
  readonly reached = new EpochMarks();
  relation = new Int32Array(0);
  other = new Int32Array(0);
  forward = new Uint8Array(0);

  /** Starts a search over ids below `size`, with nothing reached. */
  begin(size: number) {
    this.reached.begin(size);
    if (this.relation.length >= size) return;
    const n = Math.max(size, this.relation.length * 2);
    this.relation = new Int32Array(n);
    this.other = new Int32Array(n);
    this.forward = new Uint8Array(n);
  }

  /** Records that `v` was reached (its start has relation 0, as ids start at 1). */
  reach(v: number, relation: number, other: number, forward: boolean) {
    this.reached.add(v);
    this.relation[v] = relation;
    this.other[v] = other;
    this.forward[v] = Number(forward);
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
  fwd.begin(index.maxConceptId + 1);
  bwd.begin(index.maxConceptId + 1);
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
        if (mine.reached.has(v)) return true;
        if (banned && (bannedNodes.has(v) || bannedRelations.has(id))) return true;
        // Each side keeps, per concept reached, the relation that reached it and from where;
        // the backward side stores it the way it will be walked: from v towards `to`.
        mine.reach(v, id, u, forward === (direction === "FORWARD"));
        if (theirs.reached.has(v)) {
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
    relation: index.relation(side.relation[at]!)!,
    other,
    direction: side.forward[at] ? "FORWARD" : "BACKWARD",
  });
  const head: Hop[] = [];
  // Forward records say "reached `at` from other[at]": the walked hop goes from there to `at`.
  for (let at = meet; fwd.relation[at] !== 0; at = fwd.other[at]!) head.push(hop(fwd, at, at));
  head.reverse();
  const tail: Hop[] = [];
  for (let at = meet; bwd.relation[at] !== 0; at = bwd.other[at]!) {
    tail.push(hop(bwd, at, bwd.other[at]!));
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
