import type { Config } from "../../config.js";
import { type BulkSql, bulkSql } from "../../db/bulk.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { authorize } from "../authorize.js";
import type { ChangeFeed, ImportEvent, ImportSummary } from "../changes.js";
import type { Concept } from "../concept/concept.service.js";
import type { CheckedConcept } from "../concept/concept.rules.js";
import type { TypeRule } from "../relation/relation.rules.js";
import type { Relation } from "../relation/relation.service.js";
import type { CheckedSourceRef } from "../source/source.service.js";
import { foldKey } from "../validation.js";
import { recordImport } from "../history/history.import.js";
import { matchIds } from "./bulk.ids.js";

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
 * The bulk write path for new records (imports): multi-row statements in the caller's
 * transaction, one change record for everything instead of one per entity. Validation stays with
 * the callers, through the same pure rules the services use (concept.rules, relation.rules).
 */
export class BulkService {
  private readonly sql: BulkSql;
  /** Imports of fewer records than this go record by record (IMPORT_BULK_MIN_RECORDS). */
  readonly minRecords: number;
  /** Most items an import report lists (IMPORT_REPORT_MAX_ITEMS). */
  readonly reportMaxItems: number;

  constructor(
    private readonly prisma: PrismaClient,
    config: Config,
    private readonly changes: ChangeFeed,
  ) {
    this.sql = bulkSql(config.databaseProvider, prisma);
    this.minRecords = config.importBulkMinRecords;
    this.reportMaxItems = config.importReportMaxItems;
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
   * Inserts new concepts (with tags, aliases, citations) and new relations (with citations) in
   * multi-row statements, records ONE change (entity "import") with a summary and a subject per
   * concept created or linked to, and tells it with the created records for the read index.
   */
  async write(
    concepts: BulkConcept[],
    relations: BulkRelation[],
    stored: Map<string, StoredEnd>,
  ): Promise<ImportEvent & { changeId: number }> {
    authorize("admin");
    const now = new Date();
    const sources = await this.ensureSources(concepts, relations, now);
    const sourceId = sources.ids;

    const conceptRows = await this.sql.insert<{ id: number; slug: string }>(
      "Concept",
      [
        ["slug", "text"],
        ["name", "text"],
        ["nameKey", "text"],
        ["kind", "text"],
        ["summary", "text"],
        ["description", "text"],
        ["docsUrl", "text"],
      ],
      concepts.map(({ data: c }) => [
        c.slug,
        c.name,
        foldKey(c.name),
        c.kind,
        c.summary,
        c.description,
        c.docsUrl,
      ]),
      { stamps: ["createdAt", "updatedAt"], now, returning: ["id", "slug"] },
    );
    const idOf = new Map(conceptRows.map((r) => [r.slug, r.id]));
    const created: Concept[] = concepts.map(({ data: c }) => ({
      id: idOf.get(c.slug)!,
      slug: c.slug,
      name: c.name,
      kind: c.kind,
      summary: c.summary,
      description: c.description,
      docsUrl: c.docsUrl,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
    const tags = concepts.flatMap(({ data: c }) => c.tags.map((t) => [idOf.get(c.slug), t]));
    await this.sql.insert(
      "ConceptTag",
      [
        ["conceptId", "int"],
        ["tag", "text"],
      ],
      tags,
    );
    const aliases = concepts.flatMap((c) =>
      c.aliases.map((a) => [idOf.get(c.data.slug), a, foldKey(a)]),
    );
    await this.sql.insert(
      "Alias",
      [
        ["conceptId", "int"],
        ["name", "text"],
        ["key", "text"],
      ],
      aliases,
      { stamps: ["createdAt"], now },
    );

    const endId = (slug: string) => idOf.get(slug) ?? stored.get(slug)!.id;
    const relationValues = relations.map((r) => [
      endId(r.source),
      r.type,
      endId(r.target),
      r.description,
    ]);
    const relationRows = await this.sql.insert<{
      id: number;
      sourceId: number;
      typeKey: string;
      targetId: number;
    }>(
      "Relation",
      [
        ["sourceId", "int"],
        ["typeKey", "text"],
        ["targetId", "int"],
        ["description", "text"],
      ],
      relationValues,
      {
        stamps: ["createdAt", "updatedAt"],
        now,
        returning: ["id", "sourceId", "typeKey", "targetId"],
      },
    );
    const createdRelations: Relation[] = relations.map((r, i) => ({
      id: 0,
      sourceId: relationValues[i]![0] as number,
      typeKey: r.type,
      targetId: relationValues[i]![2] as number,
      description: r.description,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
    matchIds(createdRelations, relationRows);

    const citations: unknown[][] = [];
    const cite = (refs: CheckedSourceRef[], conceptId: number | null, relId: number | null) => {
      const seen = new Set<string>();
      for (const ref of refs) {
        const k = `${ref.uri}\n${ref.locator}`;
        if (seen.has(k)) continue;
        seen.add(k);
        citations.push([sourceId.get(ref.uri)!, ref.locator, conceptId, relId]);
      }
    };
    created.forEach((c, i) => cite(concepts[i]!.data.sources, c.id, null));
    createdRelations.forEach((r, i) => cite(relations[i]!.sources, null, r.id));
    await this.sql.insert(
      "Citation",
      [
        ["sourceId", "int"],
        ["locator", "text"],
        ["conceptId", "int"],
        ["relationId", "int"],
      ],
      citations,
      { stamps: ["createdAt"], now },
    );

    const summary: ImportSummary = {
      concepts: created.length,
      relations: createdRelations.length,
      notes: 0,
      aliases: aliases.length,
      tags: tags.length,
      citations: citations.length,
      sources: sources.created,
      firstConcepts: created.slice(0, FIRST_KEYS).map((c) => c.slug),
      firstRelations: relations
        .slice(0, FIRST_KEYS)
        .map((r) => `${r.source}|${r.type}|${r.target}`),
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
    this.changes.emit(event);
    return event;
  }

  /** Ids of every source the records cite, creating those cited for the first time. */
  private async ensureSources(concepts: BulkConcept[], relations: BulkRelation[], now: Date) {
    const titles = new Map<string, string | null>();
    const add = (refs: CheckedSourceRef[]) => {
      for (const r of refs) if (!titles.get(r.uri)) titles.set(r.uri, r.title);
    };
    for (const c of concepts) add(c.data.sources);
    for (const r of relations) add(r.sources);
    const ids = await this.sourceIds([...titles.keys()]);
    // The caller refused records citing a new source without a title (titleRequired).
    const fresh = [...titles].filter(([uri]) => !ids.has(uri));
    const rows = await this.sql.insert<{ id: number; uri: string }>(
      "Source",
      [
        ["title", "text"],
        ["uri", "text"],
      ],
      fresh.map(([uri, title]) => [title, uri]),
      { stamps: ["createdAt"], now, returning: ["id", "uri"] },
    );
    for (const r of rows) ids.set(r.uri, r.id);
    return { ids, created: rows.length };
  }
}
