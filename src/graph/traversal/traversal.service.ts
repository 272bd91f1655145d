import type { Config } from "../../config.js";
import { BadUserInputError, NotFoundError } from "../../errors.js";
import type { Concept } from "../concept/concept.model.js";
import { type Relation, byTypeThenId } from "../relation/relation.model.js";
import { checkSlug } from "../validation.js";
import { type Direction, type GraphIndex, type Hop, type StepDirection } from "./graph-index.js";
import { IdSet } from "./id-set.js";
import { kShortestPaths } from "./paths.js";
import { RelationRef } from "./relation-ref.js";

/** The concepts within some hops of one concept, and the relations between them. */
export interface Neighborhood {
  center: Concept;
  nodes: Concept[];
  edges: Relation[];
  truncated: boolean;
}

/** One step of a path: the relation followed, which way, and the concept reached. */
export interface PathStep {
  relation: Relation;
  direction: StepDirection;
  /** The relation read in the direction travelled: its label forward, its inverse label backward. */
  label: string;
  from: Concept;
  concept: Concept;
}

export interface Path {
  from: Concept;
  to: Concept;
  length: number;
  steps: PathStep[];
  /** The path as a sentence, e.g. "Ingress routes to Service, Service exposes Pod". */
  text: string;
}

/** A relation read from one of its ends: OUT from its source, IN from its target. */
export interface Related {
  direction: "OUT" | "IN";
  /** Its label going OUT, its inverse label coming IN (the type key when the type is gone). */
  label: string;
  relation: Relation;
  /** The concept at the other end. */
  concept: Concept;
}

export interface GraphStats {
  concepts: number;
  relations: number;
  relationTypes: number;
  byKind: { kind: string; count: number }[];
  byRelationType: { type: string; label: string; count: number }[];
}

/** Neighbourhoods, paths, degrees and counts, answered from the in-memory graph index. */
export class TraversalService {
  private readonly reached = new IdSet();

  constructor(
    readonly index: GraphIndex,
    private readonly config: Config,
  ) {}

  /** The concepts within `depth` hops of `slug` (breadth first, at most `limit`) and the relations among them. */
  neighborhood(args: {
    slug: string;
    depth?: number | null;
    direction?: Direction | null;
    types?: string[] | null;
    exactType?: boolean | null;
    limit?: number | null;
  }): Neighborhood {
    const depth = this.checkDepth("depth", args.depth ?? 1);
    const limit = this.checkRange("limit", args.limit, this.config.maxTraversalNodes);
    const types = this.checkTypes(args.types, args.exactType);
    const direction = args.direction ?? "BOTH";
    const center = this.requireConcept("slug", args.slug);
    const { seen, truncated } = this.reach(center.id, depth, direction, types, limit);
    const index = this.index;
    // Sorted as numbers by the typed array's own sort (no comparator calls).
    const ids = Int32Array.from(index.outLinksAmong(seen, types, this.reached)).sort();
    // By id only: see RelationRef. A plain loop: Array.from(ids, fn) costs ~5x more.
    const edges = new Array<RelationRef>(ids.length);
    for (let k = 0; k < ids.length; k++) edges[k] = new RelationRef(ids[k]!, index);
    return { center, nodes: index.conceptsOf(seen), edges, truncated };
  }

  /**
   * The slugs of every concept within `depth` relations of `slug`, either way (depth 0: the
   * concept alone), however many: for exports, which bound their own depth. `field` names the
   * argument in errors.
   */
  slugsWithin(field: string, slug: string, depth: number): string[] {
    const center = this.requireConcept(field, slug);
    const { seen } = this.reach(center.id, depth, "BOTH", null, this.index.conceptCount);
    return this.index.conceptsOf(seen).map((c) => c.slug);
  }

  /**
   * Breadth first from `center`, at most `limit` concepts: their ids in the order reached (also
   * left in `this.reached`) and whether the limit cut the walk short.
   */
  private reach(
    center: number,
    depth: number,
    direction: Direction,
    types: Set<string> | null,
    limit: number,
  ): { seen: number[]; truncated: boolean } {
    const index = this.index;
    // A small set sized by the limit (see IdSet) rather than a Set or marks over every id.
    const reached = this.reached;
    reached.reset(limit);
    reached.add(center);
    const seen = [center];
    let frontier = seen.slice();
    let next: number[] = [];
    let truncated = false;
    const reach = (_id: number, other: number) => {
      if (reached.has(other)) return true;
      if (seen.length >= limit) {
        truncated = true;
        return false;
      }
      reached.add(other);
      seen.push(other);
      next.push(other);
      return true;
    };
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      next = [];
      for (const id of frontier) {
        if (!index.eachLink(id, direction, types, reach)) break;
      }
      frontier = next;
    }
    return { seen, truncated };
  }

  /** The shortest path (or the `first` shortest simple paths) between two concepts; none = []. */
  paths(args: {
    from: string;
    to: string;
    maxDepth?: number | null;
    types?: string[] | null;
    exactType?: boolean | null;
    direction?: Direction | null;
    first?: number | null;
  }): Path[] {
    const maxDepth = this.checkDepth("maxDepth", args.maxDepth ?? 4);
    const first = this.checkRange("first", args.first ?? 1, this.config.maxPaths);
    const types = this.checkTypes(args.types, args.exactType);
    const from = this.requireConcept("from", args.from);
    const to = this.requireConcept("to", args.to);
    if (from.id === to.id) {
      throw new BadUserInputError("to", "must differ from `from`: a concept is its own path");
    }
    const found = kShortestPaths(this.index, {
      from: from.id,
      to: to.id,
      maxLength: maxDepth,
      direction: args.direction ?? "BOTH",
      types,
      k: first,
      maxVisits: this.config.maxPathVisits,
    });
    return found.map((hops) => this.toPath(from, to, hops));
  }

  /** How many relations a concept has in `direction`, optionally of some types. */
  degree(
    conceptId: number,
    direction: Direction,
    types?: string[] | null,
    exactType?: boolean | null,
  ): number {
    return this.index.degree(conceptId, direction, this.checkTypes(types, exactType));
  }

  /** Counts of concepts by kind and relations by type. */
  stats(): GraphStats {
    const kinds = new Map<string, number>();
    for (const c of this.index.allConcepts()) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    const byType = new Map<string, number>();
    for (const r of this.index.allRelations()) {
      byType.set(r.typeKey, (byType.get(r.typeKey) ?? 0) + 1);
    }
    return {
      concepts: this.index.conceptCount,
      relations: this.index.relationCount,
      relationTypes: this.index.types.size,
      byKind: [...kinds]
        .map(([kind, count]) => ({ kind, count }))
        .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
      byRelationType: [...this.index.types.values()]
        .map((t) => ({ type: t.key, label: t.label, count: byType.get(t.key) ?? 0 }))
        .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    };
  }

  /**
   * A concept's relations in `direction` (of `types`, and the types specialising them unless
   * `exact`), each read from its side, ordered by type then id: straight from the index, as one
   * synchronous step.
   */
  related(
    conceptId: number,
    direction: Direction,
    types: string[] | null | undefined,
    exact = false,
  ): Related[] {
    const hops = this.index.hops(conceptId, direction, this.index.typeSet(types, exact));
    hops.sort((a, b) => byTypeThenId(a.relation, b.relation));
    return hops.map(({ relation, other, direction: way }) => {
      const type = this.index.types.get(relation.typeKey);
      const out = way === "FORWARD";
      return {
        direction: out ? "OUT" : "IN",
        label: (out ? type?.label : type?.inverseLabel) ?? relation.typeKey,
        relation,
        concept: this.index.concept(other)!,
      };
    });
  }

  private toPath(from: Concept, to: Concept, hops: Hop[]): Path {
    let at = from;
    const steps = hops.map((hop) => {
      const type = this.index.types.get(hop.relation.typeKey);
      const label =
        hop.direction === "FORWARD"
          ? (type?.label ?? hop.relation.typeKey)
          : (type?.inverseLabel ?? hop.relation.typeKey);
      const concept = this.index.concept(hop.other)!;
      const step = { relation: hop.relation, direction: hop.direction, label, from: at, concept };
      at = concept;
      return step;
    });
    return {
      from,
      to,
      length: steps.length,
      steps,
      text: steps.map((s) => `${s.from.name} ${s.label} ${s.concept.name}`).join(", "),
    };
  }

  private requireConcept(field: string, slug: string): Concept {
    checkSlug(field, slug);
    const c = this.index.conceptBySlug(slug);
    if (!c) throw new NotFoundError(field, `No concept with slug "${slug}"`);
    return c;
  }

  private checkDepth(field: string, value: number): number {
    const max = this.config.maxTraversalDepth;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new BadUserInputError(field, `must be between 1 and ${max} (got ${value})`);
    }
    return value;
  }

  private checkRange(field: string, value: number | null | undefined, max: number): number {
    if (value == null) return max;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new BadUserInputError(field, `must be between 1 and ${max} (got ${value})`);
    }
    return value;
  }

  /** The types to follow: those given and (unless `exact`) every type specialising them. */
  private checkTypes(
    types: string[] | null | undefined,
    exact?: boolean | null,
  ): Set<string> | null {
    if (!types || types.length === 0) return null;
    types.forEach((t, i) => {
      if (!this.index.types.has(t)) {
        throw new BadUserInputError(
          `types[${i}]`,
          `unknown relation type "${t}": see relationTypes`,
        );
      }
    });
    return this.index.typeSet(types, Boolean(exact));
  }
}
