import DataLoader from "dataloader";
import { BadUserInputError } from "../../errors.js";
import type { Tx } from "../db-types.js";
import { LIMITS, checkText, checkUri } from "../validation.js";

/** A citation as readers see it: the source's title and URI plus where in it. */
export interface SourceReference {
  title: string;
  uri: string;
  locator: string | null;
}

/** What a writer passes to cite a source; the source is found or created by its URI. */
export interface SourceRefInput {
  uri: string;
  title?: string | null;
  locator?: string | null;
}

/** What a citation is attached to. */
export type CitationOwner = { conceptId: number } | { relationId: number } | { noteId: number };

export interface CheckedSourceRef {
  uri: string;
  title: string | null;
  locator: string;
}

/** Validates source references before any write (URI, title, locator, no credentials). */
export function checkSourceRefs(field: string, refs: SourceRefInput[] | null | undefined) {
  const list = refs ?? [];
  if (list.length > LIMITS.sources) {
    throw new BadUserInputError(field, `at most ${LIMITS.sources} sources`);
  }
  return list.map<CheckedSourceRef>((r, i) => ({
    uri: checkUri(`${field}[${i}].uri`, r.uri),
    title:
      r.title == null
        ? null
        : checkText(`${field}[${i}].title`, r.title, { max: LIMITS.sourceTitle, required: true }),
    locator:
      r.locator == null
        ? ""
        : checkText(`${field}[${i}].locator`, r.locator, { max: LIMITS.locator }),
  }));
}

/** The refusal of a new source cited without a title (the bulk import path refuses alike). */
export const titleRequired = (field: string, uri: string) =>
  new BadUserInputError(field, `is required the first time a source (${uri}) is cited`);

/**
 * Records citations for `owner` inside the caller's transaction: a source is created on first
 * use (then its title is required) and a citation already present is not repeated.
 */
export async function cite(tx: Tx, field: string, owner: CitationOwner, refs: CheckedSourceRef[]) {
  for (const [i, ref] of refs.entries()) {
    let source = await tx.source.findUnique({ where: { uri: ref.uri } });
    if (!source) {
      if (!ref.title) throw titleRequired(`${field}[${i}].title`, ref.uri);
      source = await tx.source.create({ data: { uri: ref.uri, title: ref.title } });
    }
    const existing = await tx.citation.findFirst({
      where: { ...owner, sourceId: source.id, locator: ref.locator },
    });
    if (!existing) {
      await tx.citation.create({ data: { ...owner, sourceId: source.id, locator: ref.locator } });
    }
  }
}

type OwnerKey = "conceptId" | "relationId" | "noteId";

function citationLoader(db: Tx, key: OwnerKey) {
  return new DataLoader<number, SourceReference[]>(async (ids) => {
    const rows = await db.citation.findMany({
      where: { [key]: { in: [...ids] } },
      include: { source: true },
      orderBy: { id: "asc" },
    });
    const by = new Map<number, SourceReference[]>();
    for (const r of rows) {
      const owner = r[key] as number;
      const list = by.get(owner) ?? [];
      list.push({ title: r.source.title, uri: r.source.uri, locator: r.locator || null });
      by.set(owner, list);
    }
    return ids.map((id) => by.get(id) ?? []);
  });
}

/** Per-request loaders of citations, one batched statement per owner kind. */
export function createSourceLoaders(db: Tx) {
  return {
    byConcept: citationLoader(db, "conceptId"),
    byRelation: citationLoader(db, "relationId"),
    byNote: citationLoader(db, "noteId"),
  };
}

/** Lists every source with how many citations it has. */
export async function listSources(db: Tx) {
  const rows = await db.source.findMany({
    orderBy: { uri: "asc" },
    include: { _count: { select: { citations: true } } },
  });
  return rows.map((s) => ({ title: s.title, uri: s.uri, citations: s._count.citations }));
}
