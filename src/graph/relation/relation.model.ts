import {
  type LifecycleEntry,
  type LifecycleInput,
  type LifecycleRow,
  type Qualifiers,
  type QualifiersInput,
  qualifiersOf,
  toLifecycle,
} from "../lifecycle/lifecycle.model.js";
import type { SourceRefInput } from "../source/source.service.js";

/** Which way relations are followed from a concept. */
export type Direction = "OUT" | "IN" | "BOTH";

/** A typed, directed edge between two concepts. */
export interface Relation {
  id: number;
  sourceId: number;
  typeKey: string;
  targetId: number;
  description: string | null;
  /** When it holds, default or optional, a note; null when nothing is said. */
  qualifiers: Qualifiers | null;
  /** Its states, in order (empty when none is known). */
  lifecycle: LifecycleEntry[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface RelationInput {
  source: string;
  type: string;
  target: string;
  description?: string | null;
  qualifiers?: QualifiersInput | null;
  lifecycle?: LifecycleInput[] | null;
  sources?: SourceRefInput[] | null;
}

export interface RelationPatch {
  /** null clears it; undefined leaves it. */
  description?: string | null;
  /** Replaces the qualifiers when given; null clears them; undefined leaves them. */
  qualifiers?: QualifiersInput | null;
  /** Replaces the lifecycle when given ([] clears it). */
  lifecycle?: LifecycleInput[] | null;
  sources?: SourceRefInput[] | null;
  expectedVersion?: number | null;
}

export interface RelationFilter {
  type?: string | null;
  source?: string | null;
  target?: string | null;
  /** With a type: only that type, not the types that specialise it. */
  exactType?: boolean | null;
  /** Only relations that held at this version or date. */
  asOf?: string | null;
}

/** The order of a concept's relations: by type, then by id. */
export const byTypeThenId = (a: Relation, b: Relation) =>
  a.typeKey.localeCompare(b.typeKey) || a.id - b.id;

/** A relation row as read with its lifecycle (see lifecycleInclude), or a domain object. */
export type RelationRow = Omit<Relation, "qualifiers" | "lifecycle"> &
  (
    | { qualifiers: Qualifiers | null; lifecycle: LifecycleEntry[] }
    | {
        since: string | null;
        until: string | null;
        isDefault: boolean | null;
        qualifierNote: string | null;
        qualifierCite: string | null;
        lifecycle: LifecycleRow[];
      }
  );

/** A plain copy of a relation (row or domain object) with exactly the domain fields. */
export const toRelation = (r: RelationRow): Relation => ({
  id: r.id,
  sourceId: r.sourceId,
  typeKey: r.typeKey,
  targetId: r.targetId,
  description: r.description,
  qualifiers: "qualifiers" in r ? r.qualifiers && { ...r.qualifiers } : qualifiersOf(r),
  lifecycle: "qualifiers" in r ? r.lifecycle.map((e) => ({ ...e })) : toLifecycle(r.lifecycle),
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});
