import {
  type LifecycleEntry,
  type LifecycleInput,
  type LifecycleRow,
  toLifecycle,
} from "../lifecycle/lifecycle.model.js";
import type { SourceRefInput } from "../source/source.service.js";

/** Whether a resource kind lives in a namespace or in the whole cluster. */
export const SCOPES = ["namespaced", "cluster"] as const;
export type Scope = (typeof SCOPES)[number];

/** A concept as services hand it out (aliases, tags, relations and notes load separately). */
export interface Concept {
  id: number;
  slug: string;
  name: string;
  kind: string;
  summary: string;
  description: string;
  docsUrl: string | null;
  /** Resource kinds: namespaced or cluster-scoped; null when it does not apply. */
  scope: Scope | null;
  /** Resource kinds: the API group/version, e.g. "apps/v1". */
  apiVersion: string | null;
  /** Its states, in order (empty when none is known). */
  lifecycle: LifecycleEntry[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ConceptCreate {
  slug: string;
  name: string;
  kind: string;
  summary: string;
  description?: string | null;
  tags?: string[] | null;
  aliases?: string[] | null;
  docsUrl?: string | null;
  scope?: string | null;
  apiVersion?: string | null;
  lifecycle?: LifecycleInput[] | null;
  sources?: SourceRefInput[] | null;
}

export interface ConceptPatch {
  name?: string | null;
  kind?: string | null;
  summary?: string | null;
  description?: string | null;
  tags?: string[] | null;
  /** null clears the link; undefined leaves it. */
  docsUrl?: string | null;
  /** null clears it; undefined leaves it. */
  scope?: string | null;
  /** null clears it; undefined leaves it. */
  apiVersion?: string | null;
  /** Replaces the lifecycle when given ([] clears it). */
  lifecycle?: LifecycleInput[] | null;
  sources?: SourceRefInput[] | null;
  /** When given, the update is refused with CONFLICT unless the stored version matches. */
  expectedVersion?: number | null;
}

export interface ConceptFilter {
  kind?: string | null;
  tag?: string | null;
  text?: string | null;
  /** Only concepts that existed at this version or date. */
  asOf?: string | null;
}

export interface DeleteConceptResult {
  slug: string;
  deletedRelations: number;
  deletedNotes: number;
}

/** A concept row as read with its lifecycle (see lifecycleInclude). */
export type ConceptRow = Omit<Concept, "scope" | "lifecycle"> & {
  scope: string | null;
  lifecycle: LifecycleRow[] | LifecycleEntry[];
};

const entries = (l: LifecycleRow[] | LifecycleEntry[]): LifecycleEntry[] =>
  l.length > 0 && "position" in l[0]! ? toLifecycle(l as LifecycleRow[]) : (l as LifecycleEntry[]);

/** A plain copy of a concept (row or domain object) with exactly the domain fields. */
export const toConcept = (row: ConceptRow): Concept => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  summary: row.summary,
  description: row.description,
  docsUrl: row.docsUrl,
  scope: row.scope as Scope | null,
  apiVersion: row.apiVersion,
  lifecycle: entries(row.lifecycle).map((e) => ({ ...e })),
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
