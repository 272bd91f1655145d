import type { PrismaClient } from "../../generated/prisma/client.js";

/** A kind of relation, stored as data. */
export interface RelationType {
  key: string;
  label: string;
  inverseLabel: string;
  description: string;
  /** Kinds a source concept may have; null means any. */
  sourceKinds: string[] | null;
  /** Kinds a target concept may have; null means any. */
  targetKinds: string[] | null;
  symmetric: boolean;
  /** The key of the type this one specialises, or null for a root. */
  parent: string | null;
}

export interface RelationTypeInput {
  key: string;
  label: string;
  inverseLabel?: string | null;
  description?: string | null;
  sourceKinds?: string[] | null;
  targetKinds?: string[] | null;
  symmetric?: boolean | null;
  parent?: string | null;
}

export interface RelationTypePatch {
  label?: string | null;
  inverseLabel?: string | null;
  description?: string | null;
  sourceKinds?: string[] | null;
  targetKinds?: string[] | null;
  symmetric?: boolean | null;
  /** null makes it a root; undefined leaves it. */
  parent?: string | null;
}

type Row = Awaited<ReturnType<PrismaClient["relationType"]["findUniqueOrThrow"]>>;

const parseKinds = (v: string | null): string[] | null => (v ? (JSON.parse(v) as string[]) : null);

/** A relation type row as the domain sees it (kind lists parsed). */
export const toRelationType = (r: Row): RelationType => ({
  key: r.key,
  label: r.label,
  inverseLabel: r.inverseLabel,
  description: r.description,
  sourceKinds: parseKinds(r.sourceKinds),
  targetKinds: parseKinds(r.targetKinds),
  symmetric: r.symmetric,
  parent: r.parentKey,
});

/**
 * The type keys a filter on `types` matches: each with every type of `all` that specialises it,
 * unless `exact`. Null (no filter) stays null.
 */
export function matchingTypes(
  types: readonly string[] | null | undefined,
  all: Iterable<{ key: string; parent: string | null }>,
  exact = false,
): Set<string> | null {
  if (!types || types.length === 0) return null;
  if (exact) return new Set(types);
  const known = [...all];
  return new Set(types.flatMap((t) => withSubtypes(t, known)));
}

/**
 * The keys of `key` and of every type that specialises it, directly or not (from the parent
 * links of `types`): what a filter on `key` matches unless told to match exactly.
 */
export function withSubtypes(
  key: string,
  types: Iterable<{ key: string; parent: string | null }>,
): string[] {
  const children = new Map<string, string[]>();
  for (const t of types) {
    if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.key]);
  }
  const out = [key];
  for (let i = 0; i < out.length; i++) {
    for (const c of children.get(out[i]!) ?? []) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** Items ordered so that each type comes after its parent when both are among them. */
export function parentsFirst<T>(
  items: T[],
  typeOf: (t: T) => { key: string; parent?: string | null },
) {
  const byKey = new Map(items.map((t) => [typeOf(t).key, t]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (t: T, path: Set<string>) => {
    const { key, parent } = typeOf(t);
    if (placed.has(key) || path.has(key)) return;
    path.add(key);
    const up = parent ? byKey.get(parent) : undefined;
    if (up) place(up, path);
    placed.add(key);
    out.push(t);
  };
  for (const t of items) place(t, new Set());
  return out;
}
