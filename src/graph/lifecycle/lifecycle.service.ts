import { BadUserInputError } from "../../errors.js";
import type { Concept } from "../concept/concept.model.js";
import type { RelationType } from "../relation-type/relation-type.model.js";
import type { Relation } from "../relation/relation.model.js";
import type { GraphIndex } from "../traversal/graph-index.js";
import {
  type LifecycleEntry,
  type Status,
  checkWhen,
  compareWhen,
  existedAt,
  holdsAt,
  inRange,
  statusAt,
  whenForm,
} from "./lifecycle.model.js";

/** The relation type whose relations say what replaced a concept. */
export const SUPERSEDED_BY = "superseded-by";

/** One lifecycle entry of a concept or a relation, as changesBetween lists it. */
export interface LifecycleChange extends LifecycleEntry {
  concept: Concept | null;
  relation: Relation | null;
}

/** The graph as it was at one version or date. */
export interface GraphAt {
  asOf: string;
  concepts: Concept[];
  relations: Relation[];
}

/**
 * Questions about time, answered from the read index: what existed at a version (asOf), what
 * changed between two, what superseded what.
 */
export class LifecycleService {
  constructor(private readonly index: GraphIndex) {}

  /** `asOf` checked: a version or a date (BAD_USER_INPUT on `field` otherwise). */
  checkAsOf(field: string, asOf: string): string {
    return checkWhen(field, asOf);
  }

  /** Whether a concept existed at `asOf` (see existedAt). */
  conceptExists(c: Concept, asOf: string): boolean {
    return existedAt(c.lifecycle, asOf);
  }

  /** Whether a relation held at `asOf`: its lifecycle, its since/until and both its ends. */
  relationExists(r: Relation, asOf: string): boolean {
    if (!existedAt(r.lifecycle, asOf) || !holdsAt(r.qualifiers, asOf)) return false;
    const source = this.index.concept(r.sourceId);
    const target = this.index.concept(r.targetId);
    if (!source || !target) return false;
    return existedAt(source.lifecycle, asOf) && existedAt(target.lifecycle, asOf);
  }

  /** A concept's status at `asOf`, or its latest when `asOf` is null; null when none is known. */
  status(c: Concept, asOf: string | null | undefined): Status | null {
    if (asOf == null) return c.lifecycle.at(-1)?.status ?? null;
    return statusAt(c.lifecycle, this.checkAsOf("asOf", asOf));
  }

  /** Every concept and relation that existed at `asOf`, concepts by slug, relations by id. */
  graphAt(asOf: string): GraphAt {
    const at = this.checkAsOf("asOf", asOf);
    const concepts = [...this.index.allConcepts()]
      .filter((c) => this.conceptExists(c, at))
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    const relations = [...this.index.allRelations()]
      .filter((r) => this.relationExists(r, at))
      .sort((a, b) => a.id - b.id);
    return { asOf: at, concepts, relations };
  }

  /** Ids of the concepts that did not exist at `asOf` (few: only those with a lifecycle). */
  absentConcepts(asOf: string): number[] {
    const at = this.checkAsOf("asOf", asOf);
    return [...this.index.allConcepts()]
      .filter((c) => c.lifecycle.length > 0 && !this.conceptExists(c, at))
      .map((c) => c.id);
  }

  /** Ids of the relations that did not hold at `asOf`. */
  absentRelations(asOf: string): number[] {
    const at = this.checkAsOf("asOf", asOf);
    const gone = new Set(this.absentConcepts(at));
    return [...this.index.allRelations()]
      .filter((r) =>
        gone.has(r.sourceId) || gone.has(r.targetId)
          ? true
          : (r.lifecycle.length > 0 || r.qualifiers !== null) && !this.relationExists(r, at),
      )
      .map((r) => r.id);
  }

  /**
   * The lifecycle entries that fall after `from` and at or before `to`, in time order: what
   * changed between two versions (or two dates). Entries of the other form are left out.
   */
  changesBetween(from: string, to: string): LifecycleChange[] {
    const a = this.checkAsOf("from", from);
    const b = this.checkAsOf("to", to);
    if (whenForm(a) !== whenForm(b)) {
      throw new BadUserInputError(
        "to",
        `"${to}" and from "${from}" must both be versions or dates`,
      );
    }
    if (compareWhen(a, b)! > 0) {
      throw new BadUserInputError("to", `"${to}" is before from "${from}"`);
    }
    const out: LifecycleChange[] = [];
    for (const c of this.index.allConcepts()) {
      for (const e of c.lifecycle) {
        if (inRange(e.since, a, b)) out.push({ ...e, concept: c, relation: null });
      }
    }
    for (const r of this.index.allRelations()) {
      for (const e of r.lifecycle) {
        if (inRange(e.since, a, b)) out.push({ ...e, concept: null, relation: r });
      }
    }
    const key = (x: LifecycleChange) => x.concept?.slug ?? `~${x.relation!.id}`;
    return out.sort(
      (x, y) => compareWhen(x.since, y.since)! || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0),
    );
  }

  /** The relation types that specialise `key` directly, by key. */
  childTypes(key: string): RelationType[] {
    return [...this.index.types.values()]
      .filter((t) => t.parent === key)
      .sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  /** `concept` when it existed at `asOf` (or no asOf is given), else null. */
  presentAt(concept: Concept | null, asOf: string | null | undefined): Concept | null {
    if (!concept || asOf == null) return concept;
    return this.conceptExists(concept, this.checkAsOf("asOf", asOf)) ? concept : null;
  }

  /** The relations that held at `asOf`; all of them without one. */
  holding<R extends Relation>(relations: R[], asOf: string | null | undefined): R[] {
    if (asOf == null) return relations;
    const at = this.checkAsOf("asOf", asOf);
    return relations.filter((r) => this.relationExists(r, at));
  }

  /** What replaced a concept (OUT) or what it replaced (IN), through superseded-by relations. */
  superseding(c: Concept, direction: "OUT" | "IN"): Concept[] {
    const types = this.index.typeSet([SUPERSEDED_BY]);
    if (!this.index.types.has(SUPERSEDED_BY)) return [];
    return this.index
      .hops(c.id, direction, types)
      .map((h) => this.index.concept(h.other))
      .filter((x): x is Concept => x !== undefined);
  }
}
