import type { Config } from "../../config.js";
import { type BulkSql, bulkSql } from "../../db/bulk.js";
import type { ImportEvent, ImportSummary } from "../changes.js";
import type { CheckedConcept } from "../concept/concept.rules.js";
import type { TypeRule } from "../relation/relation.rules.js";
import type { Relation } from "../relation/relation.model.js";
import type { LifecycleEntry, Qualifiers } from "../lifecycle/lifecycle.model.js";
import type { CheckedSourceRef } from "../source/source.service.js";
import type { Tx } from "../db-types.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { foldKey } from "../validation.js";
import { recordImport } from "../history/history.import.js";
import {
  COLUMNS,
  CitationRows,
  conceptRow,
  matchIds,
  newConcept,
  relationRow,
  lifecycleRowsOf,
  newRelation,
} from "./bulk.rows.js";

/** A new concept, validated (checkConceptCreate), with the aliases to give it. */
export interface BulkConcept {
  data: CheckedConcept;
  /** Checked, free and not its own name or slug (the caller's plan guarantees it). */
  aliases: string[];
}

/** A new relation, validated (checkRelationInput, checkRelationEnds); ends are new or stored concepts. */
export interface BulkRelation {
  source: string;
  type: string;
  target: string;
  description: string | null;
  qualifiers: Qualifiers | null;
  lifecycle: LifecycleEntry[];
  sources: CheckedSourceRef[];
}

/** A new note on a concept or relation this import creates (its key "source|type|target"). */
export interface BulkNote {
  concept: string | null;
  relation: string | null;
  body: string;
  author: string | null;
  sources: CheckedSourceRef[];
}

/** A stored concept as the bulk checks need it. */
export interface StoredEnd {
  id: number;
  slug: string;
  kind: string;
}

/** How many first keys the import's change record lists. */
const FIRST_KEYS = 10;

/**
 * The bulk write path for new records (imports): set-based statements in the caller's
 * transaction (rows as one JSON parameter per chunk, src/db/bulk.ts), one change record for
 * everything instead of one per entity. Validation stays with the caller, through the same pure
 * rules the services use (concept.rules, relation.rules, note.rules).
 */
export class BulkService {
  /** One statement builder per connection or transaction the service runs on. */
  private readonly sqlOf = new WeakMap<Tx, BulkSql>();
  /** Imports of fewer records than this go record by record (IMPORT_BULK_MIN_RECORDS). */
  readonly minRecords: number;
  /** Most items an import report lists (IMPORT_REPORT_MAX_ITEMS). */
  readonly reportMaxItems: number;

  constructor(
    private readonly work: UnitOfWork,
    private readonly config: Config,
  ) {
    this.minRecords = config.importBulkMinRecords;
    this.reportMaxItems = config.importReportMaxItems;
  }

  /** Statements run in the open write's transaction, else on the client. */
  private get prisma(): Tx {
    return this.work.db;
  }

  private get sql(): BulkSql {
    const db = this.work.db;
    let sql = this.sqlOf.get(db);
    if (!sql) this.sqlOf.set(db, (sql = bulkSql(this.config.databaseProvider, db)));
    return sql;
  }

  /** The stored concepts among `slugs`, by slug. */
  async conceptsBySlug(slugs: string[]): Promise<Map<string, StoredEnd>> {
    const rows = await this.sql.selectIn<StoredEnd>(
      ["id", "slug", "kind"],
      "Concept",
      "slug",
      slugs,
    );
    return new Map(rows.map((r) => [r.slug, r]));
  }

  /**
   * Which of these folded name keys are taken in the database: an alias's key, a concept's name
   * key, or a slug in folded form. A key that is taken makes a lookup find something or an alias
   * conflict, so its record takes the per-record path.
   */
  async takenKeys(keys: string[]): Promise<Set<string>> {
    const taken = new Set<string>();
    if (keys.length === 0) return taken;
    for (const r of await this.sql.selectIn<{ key: string }>(["key"], "Alias", "key", keys)) {
      taken.add(r.key);
    }
    for (const r of await this.sql.selectIn<{ nameKey: string }>(
      ["nameKey"],
      "Concept",
      "nameKey",
      keys,
    )) {
      taken.add(r.nameKey);
    }
    const bySlug = new Map(keys.map((k) => [k.replace(/ /g, "-"), k]));
    for (const r of await this.sql.selectIn<{ slug: string }>(["slug"], "Concept", "slug", [
      ...bySlug.keys(),
    ])) {
      taken.add(bySlug.get(r.slug)!);
    }
    return taken;
  }

  /**
   * Which of these relations between stored concepts are stored, as "sourceId|typeKey|targetId"
   * (a symmetric type's relation also under its reverse key).
   */
  async storedRelations(
    ends: [sourceId: number, typeKey: string, targetId: number][],
    types: Map<string, TypeRule>,
  ): Promise<Set<string>> {
    const rows = await this.sql.selectMatching<{
      sourceId: number;
      typeKey: string;
      targetId: number;
    }>(["sourceId", "typeKey", "targetId"], "Relation", COLUMNS.relation.slice(0, 3), [
      ...ends,
      ...ends.map(([s, t, d]) => [d, t, s]),
    ]);
    const out = new Set<string>();
    for (const r of rows) {
      out.add(`${r.sourceId}|${r.typeKey}|${r.targetId}`);
      if (types.get(r.typeKey)?.symmetric) out.add(`${r.targetId}|${r.typeKey}|${r.sourceId}`);
    }
    return out;
  }

  /** The stored sources among `uris`: id by URI. */
  async sourceIds(uris: string[]): Promise<Map<string, number>> {
    const rows = await this.sql.selectIn<{ id: number; uri: string }>(
      ["id", "uri"],
      "Source",
      "uri",
      uris,
    );
    return new Map(rows.map((r) => [r.uri, r.id]));
  }

  /** Every relation type, by key, as the relation rules need it. */
  async typeRules(): Promise<Map<string, TypeRule>> {
    const rows = await this.prisma.relationType.findMany();
    return new Map(rows.map((t) => [t.key, t]));
  }

  /**
   * Inserts new concepts (with tags, aliases, citations), new relations and new notes (with
   * citations) in set-based statements, records ONE change (entity "import") with a summary and a
   * subject per concept created or linked to, and tells it with the created concepts and relations
   * for the read index.
   */
  async write(
    concepts: BulkConcept[],
    relations: BulkRelation[],
    notes: BulkNote[],
    stored: Map<string, StoredEnd>,
  ): Promise<ImportEvent & { changeId: number }> {
    return this.work.write("admin", async ({ tell }) => {
      const now = new Date();
      const stamps = { stamps: ["createdAt", "updatedAt"], now };
      const sources = await this.ensureSources(
        [
          ...concepts.map((c) => c.data.sources),
          ...relations.map((r) => r.sources),
          ...notes.map((n) => n.sources),
        ],
        now,
      );
      const citations = new CitationRows(sources.ids);

      const conceptRows = await this.sql.insert<{ id: number; slug: string }>(
        "Concept",
        COLUMNS.concept,
        concepts.map((c) => conceptRow(c.data)),
        { ...stamps, returning: ["id", "slug"] },
      );
      const idOf = new Map(conceptRows.map((r) => [r.slug, r.id]));
      const created = concepts.map((c) => newConcept(idOf.get(c.data.slug)!, c.data, now));
      const tags = concepts.flatMap(({ data: c }) => c.tags.map((t) => [idOf.get(c.slug), t]));
      await this.sql.insert("ConceptTag", COLUMNS.tag, tags);
      const aliases = concepts.flatMap((c) =>
        c.aliases.map((a) => [idOf.get(c.data.slug), a, foldKey(a)]),
      );
      await this.sql.insert("Alias", COLUMNS.alias, aliases, { stamps: ["createdAt"], now });
      created.forEach((c, i) => citations.add(concepts[i]!.data.sources, { concept: c.id }));

      const endId = (slug: string) => idOf.get(slug) ?? stored.get(slug)!.id;
      const createdRelations = relations.map((r) =>
        newRelation(endId(r.source), r.type, endId(r.target), r, now),
      );
      const relationRows = await this.sql.insert<Relation>(
        "Relation",
        COLUMNS.relation,
        createdRelations.map(relationRow),
        { ...stamps, returning: ["id", "sourceId", "typeKey", "targetId"] },
      );
      matchIds(createdRelations, relationRows, sameEnds, (r) => JSON.stringify(ends(r)));
      await this.sql.insert(
        "LifecycleEvent",
        COLUMNS.lifecycle,
        [
          ...created.flatMap((c) => lifecycleRowsOf({ concept: c.id }, c.lifecycle)),
          ...createdRelations.flatMap((r) => lifecycleRowsOf({ relation: r.id }, r.lifecycle)),
        ],
        { stamps: ["createdAt"], now },
      );
      createdRelations.forEach((r, i) => citations.add(relations[i]!.sources, { relation: r.id }));

      await this.insertNotes(notes, idOf, relations, createdRelations, citations, now);
      await this.sql.insert("Citation", COLUMNS.citation, citations.rows, {
        stamps: ["createdAt"],
        now,
      });

      const summary: ImportSummary = {
        concepts: created.length,
        relations: createdRelations.length,
        notes: notes.length,
        aliases: aliases.length,
        tags: tags.length,
        citations: citations.rows.length,
        sources: sources.created,
        firstConcepts: created.slice(0, FIRST_KEYS).map((c) => c.slug),
        firstRelations: relations.slice(0, FIRST_KEYS).map(relationKey),
      };
      const subjects = new Set(created.map((c) => c.slug));
      for (const r of relations) subjects.add(r.source).add(r.target);
      const { changeId, key } = await recordImport(this.prisma, this.sql, summary, [...subjects]);
      const event = {
        entity: "import" as const,
        op: "create" as const,
        key,
        summary,
        subjects: [...subjects],
        concepts: created,
        relations: createdRelations,
        changeId,
      };
      tell(event);
      return event;
    });
  }

  /** Inserts notes on concepts and relations created by this import, collecting their citations. */
  private async insertNotes(
    notes: BulkNote[],
    conceptIds: Map<string, number>,
    relations: BulkRelation[],
    createdRelations: Relation[],
    citations: CitationRows,
    now: Date,
  ) {
    if (notes.length === 0) return;
    const relationIds = new Map(relations.map((r, i) => [relationKey(r), createdRelations[i]!.id]));
    const created = notes.map((n) => ({
      id: 0,
      conceptId: n.concept === null ? null : conceptIds.get(n.concept)!,
      relationId: n.relation === null ? null : relationIds.get(n.relation)!,
      body: n.body,
      author: n.author,
    }));
    const rows = await this.sql.insert<(typeof created)[number]>(
      "Note",
      COLUMNS.note,
      created.map((n) => [n.conceptId, n.relationId, n.body, n.author]),
      {
        stamps: ["createdAt", "updatedAt"],
        now,
        returning: ["id", ...COLUMNS.note.map(([c]) => c)],
      },
    );
    const key = (n: (typeof created)[number]) =>
      JSON.stringify([n.conceptId, n.relationId, n.body, n.author]);
    matchIds(created, rows, (a, b) => key(a) === key(b), key);
    created.forEach((n, i) => citations.add(notes[i]!.sources, { note: n.id }));
  }

  /** Ids of every source cited, creating those cited for the first time. */
  private async ensureSources(refLists: CheckedSourceRef[][], now: Date) {
    const titles = new Map<string, string | null>();
    for (const refs of refLists) {
      for (const r of refs) if (!titles.get(r.uri)) titles.set(r.uri, r.title);
    }
    const ids = await this.sourceIds([...titles.keys()]);
    // The caller refused records citing a new source without a title (titleRequired).
    const fresh = [...titles].filter(([uri]) => !ids.has(uri));
    const rows = await this.sql.insert<{ id: number; uri: string }>(
      "Source",
      COLUMNS.source,
      fresh.map(([uri, title]) => [title, uri]),
      { stamps: ["createdAt"], now, returning: ["id", "uri"] },
    );
    for (const r of rows) ids.set(r.uri, r.id);
    return { ids, created: rows.length };
  }
}

const ends = (r: Relation) => [r.sourceId, r.typeKey, r.targetId];
const sameEnds = (a: Relation, b: Relation) =>
  a.sourceId === b.sourceId && a.targetId === b.targetId && a.typeKey === b.typeKey;
const relationKey = (r: { source: string; type: string; target: string }) =>
  `${r.source}|${r.type}|${r.target}`;
