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

/**
 * The shortest path from `from` to `to` avoiding some concepts and relations, by a
 * bidirectional breadth-first search that always grows the smaller side. Hops are oriented
 * from `from` to `to`. Null when there is none within `maxLength` hops.
 */
export function shortestPath(
  index: GraphIndex,
  q: Omit<PathQuery, "k">,
  bannedNodes: Set<number>,
  bannedRelations: Set<number>,
): Hop[] | null {
  if (q.from === q.to) return [];
  const fwd = new Map<number, Hop | null>([[q.from, null]]);
  const bwd = new Map<number, Hop | null>([[q.to, null]]);
  let fwdFrontier = [q.from];
  let bwdFrontier = [q.to];
  let length = 0;
  let visits = 0;
  const reverse = REVERSE[q.direction];
  // The cost of growing a side is the relations its frontier has, not how many concepts it holds:
  // one hub can have thousands.
  const cost = (frontier: number[], direction: Direction) => {
    let sum = 0;
    for (const u of frontier) sum += index.degree(u, direction, null);
    return sum;
  };
  while (length < q.maxLength && fwdFrontier.length > 0 && bwdFrontier.length > 0) {
    const forward = cost(fwdFrontier, q.direction) <= cost(bwdFrontier, reverse);
    const [mine, theirs] = forward ? [fwd, bwd] : [bwd, fwd];
    const frontier = forward ? fwdFrontier : bwdFrontier;
    const next: number[] = [];
    let meet: number | null = null;
    let exhausted = false;
    for (const u of frontier) {
      index.eachLink(u, forward ? q.direction : reverse, q.types, (id, v, direction) => {
        if (mine.has(v) || bannedNodes.has(v) || bannedRelations.has(id)) return true;
        // Backward hops are stored as they will be walked: from v towards `to`.
        mine.set(v, {
          relation: index.relations.get(id)!,
          other: u,
          direction: forward ? direction : direction === "FORWARD" ? "BACKWARD" : "FORWARD",
        });
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
      if (meet !== null || exhausted) break;
    }
    if (exhausted) return null;
    length++;
    if (meet !== null) return joinAt(meet, fwd, bwd);
    if (forward) fwdFrontier = next;
    else bwdFrontier = next;
  }
  return null;
}

/** Rebuilds the path through the meeting concept from both parent maps. */
function joinAt(meet: number, fwd: Map<number, Hop | null>, bwd: Map<number, Hop | null>): Hop[] {
  const head: Hop[] = [];
  for (let at = meet, hop = fwd.get(at); hop; hop = fwd.get(at)) {
    // Stored as "reached `at` from hop.other"; the walked hop goes from hop.other to `at`.
    head.push({ relation: hop.relation, other: at, direction: hop.direction });
    at = hop.other;
  }
  head.reverse();
  const tail: Hop[] = [];
  for (let at = meet, hop = bwd.get(at); hop; hop = bwd.get(at)) {
    tail.push(hop);
    at = hop.other;
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
