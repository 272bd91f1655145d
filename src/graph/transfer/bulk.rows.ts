import type { BulkColumn } from "../../db/bulk.js";
import type { Concept } from "../concept/concept.model.js";
import type { CheckedConcept } from "../concept/concept.rules.js";
import type { Relation } from "../relation/relation.model.js";
import type { CheckedSourceRef } from "../source/source.service.js";
import { foldKey } from "../validation.js";
import { type LifecycleEntry, qualifierColumns } from "../lifecycle/lifecycle.model.js";

/** The columns each bulk statement writes (createdAt/updatedAt are set to the import's time). */
export const COLUMNS = {
  concept: [
    ["slug", "text"],
    ["name", "text"],
    ["nameKey", "text"],
    ["kind", "text"],
    ["summary", "text"],
    ["description", "text"],
    ["docsUrl", "text"],
    ["scope", "text"],
    ["apiVersion", "text"],
  ],
  tag: [
    ["conceptId", "int"],
    ["tag", "text"],
  ],
  alias: [
    ["conceptId", "int"],
    ["name", "text"],
    ["key", "text"],
  ],
  relation: [
    ["sourceId", "int"],
    ["typeKey", "text"],
    ["targetId", "int"],
    ["description", "text"],
    ["since", "text"],
    ["until", "text"],
    ["isDefault", "bool"],
    ["qualifierNote", "text"],
    ["qualifierCite", "text"],
  ],
  lifecycle: [
    ["conceptId", "int"],
    ["relationId", "int"],
    ["status", "text"],
    ["since", "text"],
    ["cite", "text"],
    ["position", "int"],
  ],
  note: [
    ["conceptId", "int"],
    ["relationId", "int"],
    ["body", "text"],
    ["author", "text"],
  ],
  citation: [
    ["sourceId", "int"],
    ["locator", "text"],
    ["conceptId", "int"],
    ["relationId", "int"],
    ["noteId", "int"],
  ],
  source: [
    ["title", "text"],
    ["uri", "text"],
  ],
} satisfies Record<string, BulkColumn[]>;

/** A concept row's values, in COLUMNS.concept order. */
export const conceptRow = (c: CheckedConcept) => [
  c.slug,
  c.name,
  foldKey(c.name),
  c.kind,
  c.summary,
  c.description,
  c.docsUrl,
  c.scope,
  c.apiVersion,
];

/** A relation's values, in COLUMNS.relation order. */
export const relationRow = (r: Relation) => [
  r.sourceId,
  r.typeKey,
  r.targetId,
  r.description,
  ...Object.values(qualifierColumns(r.qualifiers)),
];

/** Lifecycle rows of a concept or relation, in COLUMNS.lifecycle order. */
export const lifecycleRowsOf = (
  owner: { concept?: number; relation?: number },
  entries: LifecycleEntry[],
) =>
  entries.map((e, position) => [
    owner.concept ?? null,
    owner.relation ?? null,
    e.status,
    e.since,
    e.cite,
    position,
  ]);

/** The domain object of a concept just inserted. */
export const newConcept = (id: number, c: CheckedConcept, now: Date): Concept => ({
  id,
  slug: c.slug,
  name: c.name,
  kind: c.kind,
  summary: c.summary,
  description: c.description,
  docsUrl: c.docsUrl,
  scope: c.scope,
  apiVersion: c.apiVersion,
  lifecycle: c.lifecycle,
  version: 1,
  createdAt: now,
  updatedAt: now,
});

/** The domain object of a relation about to be inserted (its id comes back from the insert). */
export const newRelation = (
  sourceId: number,
  typeKey: string,
  targetId: number,
  extra: Pick<Relation, "description" | "qualifiers" | "lifecycle">,
  now: Date,
): Relation => ({
  id: 0,
  sourceId,
  typeKey,
  targetId,
  ...extra,
  version: 1,
  createdAt: now,
  updatedAt: now,
});

/**
 * Gives each record the id the database returned for it. Rows come back in insertion order on
 * both databases in practice, which makes this one pass (`same`, cheap); matching by `key`
 * covers any other order.
 */
export function matchIds<T extends { id: number }>(
  created: T[],
  rows: T[],
  same: (a: T, b: T) => boolean,
  key: (r: T) => string,
): void {
  if (rows.length === created.length && created.every((r, i) => same(r, rows[i]!))) {
    created.forEach((r, i) => (r.id = rows[i]!.id));
    return;
  }
  const ids = new Map(rows.map((r) => [key(r), r.id]));
  for (const r of created) r.id = ids.get(key(r))!;
}

/** Collects citation rows, each (source, locator) once per owner, in COLUMNS.citation order. */
export class CitationRows {
  readonly rows: unknown[][] = [];

  constructor(private readonly sourceIds: Map<string, number>) {}

  add(refs: CheckedSourceRef[], owner: { concept?: number; relation?: number; note?: number }) {
    const seen = new Set<string>();
    for (const ref of refs) {
      const k = `${ref.uri}\n${ref.locator}`;
      if (seen.has(k)) continue;
      seen.add(k);
      this.rows.push([
        this.sourceIds.get(ref.uri)!,
        ref.locator,
        owner.concept ?? null,
        owner.relation ?? null,
        owner.note ?? null,
      ]);
    }
  }
}
