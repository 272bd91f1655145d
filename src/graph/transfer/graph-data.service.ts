import type { Tx } from "../db-types.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { toRelationType } from "../relation-type/relation-type.model.js";
import {
  type LifecycleRow,
  lifecycleInclude,
  qualifiersOf,
  toLifecycle,
} from "../lifecycle/lifecycle.model.js";
import {
  type CitationRecord,
  type ConceptRecord,
  type GraphData,
  type NoteRecord,
  type RelationKey,
  type RelationRecord,
  byKeys,
  byText,
  sortCitations,
  sortNotes,
} from "./graph-data.js";

const citationInclude = { citations: { include: { source: true } } } as const;
/** Concepts and relations: their citations and lifecycle. */
const ownInclude = { ...citationInclude, ...lifecycleInclude } as const;

type CitationRow = { locator: string; source: { uri: string } };
const citations = (rows: CitationRow[]): CitationRecord[] =>
  sortCitations(rows.map((c) => ({ uri: c.source.uri, locator: c.locator })));

type ConceptRow = Omit<ConceptRecord, "lifecycle" | "tags" | "aliases" | "sources"> & {
  lifecycle: LifecycleRow[];
  tags: { tag: string }[];
  aliases: { name: string }[];
  citations: CitationRow[];
};
const conceptRecord = (c: ConceptRow): ConceptRecord => ({
  slug: c.slug,
  name: c.name,
  kind: c.kind,
  summary: c.summary,
  description: c.description,
  docsUrl: c.docsUrl,
  scope: c.scope,
  apiVersion: c.apiVersion,
  lifecycle: toLifecycle(c.lifecycle),
  tags: c.tags.map((t) => t.tag).sort(byText),
  aliases: c.aliases.map((a) => a.name).sort(byText),
  sources: citations(c.citations),
});

/** Reads the graph as plain records (for exports, and for imports to tell what changed). */
export class GraphDataService {
  constructor(private readonly work: UnitOfWork) {}

  /** Reads: inside a write (an import), its transaction, to see its own writes; else the client. */
  private get prisma(): Tx {
    return this.work.db;
  }

  /** The whole graph, in stable order: a handful of statements whatever its size. */
  async load(): Promise<GraphData> {
    const db = this.prisma;
    const [sources, types, concepts, relations, notes] = await Promise.all([
      db.source.findMany({ orderBy: { uri: "asc" } }),
      db.relationType.findMany({ orderBy: { key: "asc" } }),
      db.concept.findMany({
        orderBy: { slug: "asc" },
        include: { aliases: true, tags: true, ...ownInclude },
      }),
      db.relation.findMany({
        include: { source: true, target: true, ...ownInclude },
      }),
      db.note.findMany({
        include: {
          concept: true,
          relation: { include: { source: true, target: true } },
          ...citationInclude,
        },
      }),
    ]);
    return {
      sources: sources.map((s) => ({ uri: s.uri, title: s.title })),
      relationTypes: types.map(toRelationType),
      concepts: concepts.map(conceptRecord),
      relations: relations
        .map((r) => ({
          source: r.source.slug,
          type: r.typeKey,
          target: r.target.slug,
          description: r.description,
          qualifiers: qualifiersOf(r),
          lifecycle: toLifecycle(r.lifecycle),
          sources: citations(r.citations),
        }))
        .sort(
          byKeys<RelationRecord>(
            (r) => r.source,
            (r) => r.type,
            (r) => r.target,
          ),
        ),
      notes: sortNotes(
        notes.map((n) => ({
          concept: n.concept?.slug ?? null,
          relation: n.relation
            ? {
                source: n.relation.source.slug,
                type: n.relation.typeKey,
                target: n.relation.target.slug,
              }
            : null,
          body: n.body,
          author: n.author,
          sources: citations(n.citations),
        })),
      ),
    };
  }

  /** One concept as a record (fields, tags, aliases, citations), or null. */
  async concept(slug: string): Promise<ConceptRecord | null> {
    const c = await this.prisma.concept.findUnique({
      where: { slug },
      include: { aliases: true, tags: true, ...ownInclude },
    });
    return c ? conceptRecord(c) : null;
  }

  /** One relation by its ends and type, as a record with its id, or null. */
  async relation(key: RelationKey): Promise<(RelationRecord & { id: number }) | null> {
    const r = await this.prisma.relation.findFirst({
      where: { typeKey: key.type, source: { slug: key.source }, target: { slug: key.target } },
      include: ownInclude,
    });
    if (!r) return null;
    return {
      ...key,
      id: r.id,
      description: r.description,
      qualifiers: qualifiersOf(r),
      lifecycle: toLifecycle(r.lifecycle),
      sources: citations(r.citations),
    };
  }

  /** The notes on a concept or a relation (by id), as records with their ids. */
  async notesOn(owner: { conceptSlug: string } | { relationId: number }) {
    const rows = await this.prisma.note.findMany({
      where:
        "conceptSlug" in owner
          ? { concept: { slug: owner.conceptSlug } }
          : { relationId: owner.relationId },
      include: citationInclude,
      orderBy: { id: "asc" },
    });
    return rows.map((n) => ({
      id: n.id,
      body: n.body,
      author: n.author,
      sources: citations(n.citations),
    })) satisfies (Pick<NoteRecord, "body" | "author" | "sources"> & { id: number })[];
  }
}
