import DataLoader from "dataloader";
import type { Config } from "../../config.js";
import { ConflictError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { authorize } from "../authorize.js";
import type { ChangeFeed } from "../changes.js";
import type { Tx } from "../db-types.js";
import { groupBy } from "../group.js";
import { recordChange, snapshotConcept } from "../history/history.record.js";
import { type Page, decodeCursor, encodeCursor } from "../pagination.js";
import { type SourceRefInput, checkSourceRefs, cite } from "../source/source.service.js";
import { checkAliasNotOwn, checkConceptCreate, slugForm } from "./concept.rules.js";
import {
  LIMITS,
  checkFirst,
  checkKind,
  checkTags,
  checkText,
  checkUrl,
  foldKey,
} from "../validation.js";

/** A concept as services hand it out (aliases, tags, relations and notes load separately). */
export interface Concept {
  id: number;
  slug: string;
  name: string;
  kind: string;
  summary: string;
  description: string;
  docsUrl: string | null;
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
  sources?: SourceRefInput[] | null;
  /** When given, the update is refused with CONFLICT unless the stored version matches. */
  expectedVersion?: number | null;
}

export interface ConceptFilter {
  kind?: string | null;
  tag?: string | null;
  text?: string | null;
}

export interface DeleteConceptResult {
  slug: string;
  deletedRelations: number;
  deletedNotes: number;
}

const CURSOR = "concept";

/** A plain copy of a concept row with exactly the domain fields. */
export const toConcept = (row: Concept): Concept => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  summary: row.summary,
  description: row.description,
  docsUrl: row.docsUrl,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Concepts and their aliases and tags: validation, rules and transactions. */
export class ConceptService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: Config,
    private readonly changes: ChangeFeed,
    /** The read index of committed concepts, when there is one: reads by slug then skip SQL. */
    private readonly index?: { conceptBySlug(slug: string): Concept | undefined },
  ) {}

  /** The concept with this slug, or null. */
  async get(slug: string): Promise<Concept | null> {
    if (this.index) return this.index.conceptBySlug(slug) ?? null;
    const row = await this.prisma.concept.findUnique({ where: { slug } });
    return row ? toConcept(row) : null;
  }

  /** The concept with this slug as stored (never the read index's copy), or null. */
  async fetch(slug: string): Promise<Concept | null> {
    const row = await this.prisma.concept.findUnique({ where: { slug } });
    return row ? toConcept(row) : null;
  }

  /** The concept with this slug, or NOT_FOUND naming `field`. */
  async require(slug: string, field = "slug", db: Tx = this.prisma): Promise<Concept> {
    const row = await db.concept.findUnique({ where: { slug } });
    if (!row) throw new NotFoundError(field, `No concept with slug "${slug}"`);
    return toConcept(row);
  }

  /** Resolves a slug, name or alias, case-insensitively: exact slug first, then name, then alias. */
  async lookup(name: string): Promise<Concept | null> {
    const key = foldKey(name);
    if (!key) return null;
    const rows = await this.prisma.concept.findMany({
      where: {
        OR: [
          { slug: { in: [name.trim(), slugForm(key)] } },
          { nameKey: key },
          { aliases: { some: { key } } },
        ],
      },
      orderBy: { id: "asc" },
    });
    const rank = (c: Concept) =>
      c.slug === name.trim() ? 0 : c.slug === slugForm(key) ? 1 : foldKey(c.name) === key ? 2 : 3;
    const best = rows.sort((a, b) => rank(a) - rank(b))[0];
    return best ? toConcept(best) : null;
  }

  /** A page of concepts ordered by slug, filtered by kind, tag and text (name, slug, summary, aliases). */
  async list(
    filter: ConceptFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Concept>> {
    const take = checkFirst("first", first, this.config.defaultPageSize, this.config.maxPageSize);
    const afterSlug = after ? decodeCursor("after", CURSOR, after) : undefined;
    const text = filter?.text?.trim();
    const where = {
      ...(filter?.kind ? { kind: filter.kind } : {}),
      ...(filter?.tag ? { tags: { some: { tag: filter.tag } } } : {}),
      ...(text
        ? {
            OR: [
              { name: { contains: text } },
              { slug: { contains: text } },
              { summary: { contains: text } },
              { aliases: { some: { name: { contains: text } } } },
            ],
          }
        : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.concept.findMany({
        where: afterSlug ? { AND: [where, { slug: { gt: afterSlug } }] } : where,
        orderBy: { slug: "asc" },
        take: take + 1,
      }),
      this.prisma.concept.count({ where }),
    ]);
    return {
      items: rows
        .slice(0, take)
        .map((r) => ({ cursor: encodeCursor(CURSOR, r.slug), node: toConcept(r) })),
      hasNextPage: rows.length > take,
      hasPreviousPage: Boolean(afterSlug),
      totalCount,
    };
  }

  /** Creates a concept with its tags, aliases and sources in one transaction. */
  async create(input: ConceptCreate): Promise<Concept> {
    authorize("editor");
    const data = this.checkCreate(input, "input");
    const created = await this.prisma.$transaction(async (tx) => {
      if (await tx.concept.findUnique({ where: { slug: data.slug } })) {
        throw new ConflictError("input.slug", `A concept with slug "${data.slug}" already exists`);
      }
      const after = await this.insert(tx, data);
      return recordChange(tx, { entity: "concept", op: "create", after });
    });
    this.changes.emit(created);
    return created.after;
  }

  /** Changes the given fields of a concept; tags are replaced when given, sources are added. */
  async update(slug: string, patch: ConceptPatch): Promise<Concept> {
    authorize("editor");
    const checked = this.checkPatch(patch, "input");
    const updated = await this.prisma.$transaction(async (tx) => {
      const current = await this.require(slug, "slug", tx);
      const before = await snapshotConcept(tx, current);
      const after = await this.applyPatch(tx, current, checked, patch.expectedVersion);
      return recordChange(tx, { entity: "concept", op: "update", after }, before);
    });
    this.changes.emit(updated);
    return updated.after;
  }

  /**
   * Creates the concept, or updates the fields given: the idempotent write for ingestion.
   * Aliases and sources are added to what is there. With `keepExisting`, an existing concept is left as it is.
   */
  async upsert(input: ConceptCreate, opts: { keepExisting?: boolean } = {}): Promise<Concept> {
    authorize("editor");
    const data = this.checkCreate(input, "input");
    const result = await this.prisma.$transaction(async (tx) => {
      const current = await tx.concept.findUnique({ where: { slug: data.slug } });
      if (!current) {
        const after = await this.insert(tx, data);
        const change = await recordChange(tx, { entity: "concept", op: "create", after });
        return { change, concept: after };
      }
      if (opts.keepExisting) return { change: null, concept: toConcept(current) };
      const before = await snapshotConcept(tx, toConcept(current));
      const updated = await this.applyPatch(tx, toConcept(current), {
        ...data,
        description: input.description == null ? undefined : data.description,
        tags: input.tags == null ? undefined : data.tags,
        docsUrl: input.docsUrl === undefined ? undefined : data.docsUrl,
        sources: data.sources,
      });
      const known = new Set(
        (await tx.alias.findMany({ where: { conceptId: current.id } })).map((a) => a.key),
      );
      await this.attachAliases(
        tx,
        updated,
        data.aliases.filter((a) => !known.has(foldKey(a))),
        "input.aliases",
      );
      const after = updated;
      const change = await recordChange(tx, { entity: "concept", op: "update", after }, before);
      return { change, concept: after };
    });
    if (result.change) this.changes.emit(result.change);
    return result.change ? result.change.after : result.concept;
  }

  /** Deletes a concept; refused with CONFLICT while it has relations, unless `cascade` removes them and their notes too. */
  async delete(slug: string, cascade: boolean): Promise<DeleteConceptResult> {
    authorize("admin");
    const { result, before } = await this.prisma.$transaction(async (tx) => {
      const current = await this.require(slug, "slug", tx);
      const relationWhere = { OR: [{ sourceId: current.id }, { targetId: current.id }] };
      const relations = await tx.relation.count({ where: relationWhere });
      if (relations > 0 && !cascade) {
        throw new ConflictError(
          "cascade",
          `Concept "${slug}" still has ${relations} relation(s): delete them first or pass cascade: true`,
          { relations },
        );
      }
      const notes = await tx.note.count({
        where: { OR: [{ conceptId: current.id }, { relation: relationWhere }] },
      });
      // History keeps what goes with it, so that a revert can bring it all back.
      const snapshot = await snapshotConcept(tx, current, { cascade: true });
      // Relations, notes, aliases, tags and citations go with it (ON DELETE CASCADE).
      await tx.concept.delete({ where: { id: current.id } });
      return {
        result: { slug, deletedRelations: relations, deletedNotes: notes },
        before: await recordChange(
          tx,
          { entity: "concept", op: "delete", before: current },
          snapshot,
        ),
      };
    });
    this.changes.emit(before);
    return result;
  }

  /** Adds another name to a concept. */
  async addAlias(slug: string, alias: string): Promise<Concept> {
    authorize("editor");
    const name = checkText("alias", alias, { max: LIMITS.alias, required: true });
    const concept = await this.prisma.$transaction(async (tx) => {
      const concept = await this.require(slug, "slug", tx);
      const before = await snapshotConcept(tx, concept);
      await this.attachAliases(tx, concept, [name], "alias", false);
      return recordChange(tx, { entity: "concept", op: "update", after: concept }, before);
    });
    this.changes.emit(concept);
    return concept.after;
  }

  /** Removes one of a concept's aliases (compared case-insensitively). */
  async removeAlias(slug: string, alias: string): Promise<Concept> {
    authorize("editor");
    const concept = await this.prisma.$transaction(async (tx) => {
      const concept = await this.require(slug, "slug", tx);
      const before = await snapshotConcept(tx, concept);
      const key = foldKey(alias);
      const row = await tx.alias.findUnique({ where: { key } });
      if (!row || row.conceptId !== concept.id) {
        throw new NotFoundError("alias", `Concept "${slug}" has no alias "${alias}"`);
      }
      await tx.alias.delete({ where: { id: row.id } });
      return recordChange(tx, { entity: "concept", op: "update", after: concept }, before);
    });
    this.changes.emit(concept);
    return concept.after;
  }

  /** Per-request loaders: concepts by id, aliases and tags by concept id. */
  createLoaders() {
    const prisma = this.prisma;
    return {
      byId: new DataLoader<number, Concept | null>(async (ids) => {
        const rows = await prisma.concept.findMany({ where: { id: { in: [...ids] } } });
        const by = new Map(rows.map((r) => [r.id, toConcept(r)]));
        return ids.map((id) => by.get(id) ?? null);
      }),
      aliases: new DataLoader<number, string[]>(async (ids) => {
        const rows = await prisma.alias.findMany({
          where: { conceptId: { in: [...ids] } },
          orderBy: { name: "asc" },
        });
        const by = groupBy(rows, (r) => r.conceptId);
        return ids.map((id) => (by.get(id) ?? []).map((r) => r.name));
      }),
      tags: new DataLoader<number, string[]>(async (ids) => {
        const rows = await prisma.conceptTag.findMany({
          where: { conceptId: { in: [...ids] } },
          orderBy: { tag: "asc" },
        });
        const by = groupBy(rows, (r) => r.conceptId);
        return ids.map((id) => (by.get(id) ?? []).map((r) => r.tag));
      }),
    };
  }

  private checkCreate(input: ConceptCreate, f: string) {
    return checkConceptCreate(input, f);
  }

  private async insert(tx: Tx, data: ReturnType<ConceptService["checkCreate"]>) {
    const row = await tx.concept.create({
      data: {
        slug: data.slug,
        name: data.name,
        nameKey: foldKey(data.name),
        kind: data.kind,
        summary: data.summary,
        description: data.description,
        docsUrl: data.docsUrl,
        tags: { create: data.tags.map((tag) => ({ tag })) },
      },
    });
    await this.attachAliases(tx, row, data.aliases, "input.aliases");
    await cite(tx, "input.sources", { conceptId: row.id }, data.sources);
    return toConcept(row);
  }

  private checkPatch(p: ConceptPatch, f: string) {
    return {
      name:
        p.name == null
          ? undefined
          : checkText(`${f}.name`, p.name, { max: LIMITS.name, required: true }),
      kind: p.kind == null ? undefined : checkKind(`${f}.kind`, p.kind),
      summary:
        p.summary == null
          ? undefined
          : checkText(`${f}.summary`, p.summary, { max: LIMITS.summary, required: true }),
      description:
        p.description == null
          ? undefined
          : checkText(`${f}.description`, p.description, {
              max: LIMITS.description,
              multiline: true,
            }),
      tags: p.tags == null ? undefined : checkTags(`${f}.tags`, p.tags),
      docsUrl:
        p.docsUrl === undefined
          ? undefined
          : p.docsUrl === null
            ? null
            : checkUrl(`${f}.docsUrl`, p.docsUrl),
      sources: checkSourceRefs(`${f}.sources`, p.sources),
    };
  }

  private async applyPatch(
    tx: Tx,
    current: Concept,
    p: ReturnType<ConceptService["checkPatch"]>,
    expectedVersion?: number | null,
  ): Promise<Concept> {
    if (expectedVersion != null && expectedVersion !== current.version) {
      throw new ConflictError(
        "input.expectedVersion",
        `Concept "${current.slug}" is at version ${current.version}, not ${expectedVersion}: reload and retry`,
        { currentVersion: current.version },
      );
    }
    const tagsBefore = p.tags
      ? (await tx.conceptTag.findMany({ where: { conceptId: current.id } })).map((t) => t.tag)
      : undefined;
    const changed =
      (p.name !== undefined && p.name !== current.name) ||
      (p.kind !== undefined && p.kind !== current.kind) ||
      (p.summary !== undefined && p.summary !== current.summary) ||
      (p.description !== undefined && p.description !== current.description) ||
      (p.docsUrl !== undefined && p.docsUrl !== current.docsUrl) ||
      (p.tags !== undefined && p.tags.join("\n") !== [...(tagsBefore ?? [])].sort().join("\n"));
    await cite(tx, "input.sources", { conceptId: current.id }, p.sources);
    if (!changed) return current;
    if (p.tags) {
      await tx.conceptTag.deleteMany({ where: { conceptId: current.id } });
      await tx.conceptTag.createMany({
        data: p.tags.map((tag) => ({ conceptId: current.id, tag })),
      });
    }
    const row = await tx.concept.update({
      where: { id: current.id },
      data: {
        name: p.name,
        nameKey: p.name === undefined ? undefined : foldKey(p.name),
        kind: p.kind,
        summary: p.summary,
        description: p.description,
        docsUrl: p.docsUrl,
        version: { increment: 1 },
      },
    });
    return toConcept(row);
  }

  /** Adds aliases after checking each against every alias, slug and name of the other concepts. */
  private async attachAliases(
    tx: Tx,
    concept: Concept,
    aliases: string[],
    field: string,
    isList = true,
  ) {
    const seen = new Set<string>();
    for (const [i, name] of aliases.entries()) {
      const key = foldKey(name);
      const f = isList ? `${field}[${i}]` : field;
      if (seen.has(key)) continue;
      seen.add(key);
      checkAliasNotOwn(concept, name, f);
      const alias = await tx.alias.findUnique({ where: { key }, include: { concept: true } });
      if (alias) {
        throw new ConflictError(
          f,
          alias.conceptId === concept.id
            ? `"${concept.slug}" already has the alias "${alias.name}"`
            : `"${name}" is already an alias of "${alias.concept.slug}"`,
        );
      }
      const other = await tx.concept.findFirst({
        where: { OR: [{ slug: slugForm(key) }, { nameKey: key }], NOT: { id: concept.id } },
      });
      if (other) {
        throw new ConflictError(
          f,
          `"${name}" is the name or slug of another concept, "${other.slug}"`,
        );
      }
      await tx.alias.create({ data: { conceptId: concept.id, name, key } });
    }
  }
}
