import type { Config } from "../../config.js";
import { ConflictError, NotFoundError } from "../../errors.js";
import type { Tx } from "../db-types.js";
import { snapshotConcept } from "../history/history.record.js";
import { type Page, decodeCursor, encodeCursor } from "../pagination.js";
import { cite } from "../source/source.service.js";
import type { UnitOfWork } from "../unit-of-work.js";
import type { LifecycleEntry } from "../lifecycle/lifecycle.model.js";
import { lifecycleRows, withLifecycle } from "../lifecycle/lifecycle.store.js";
import { checkConceptCreate, checkConceptPatch, slugForm } from "./concept.rules.js";
import { attachAliases } from "./concept.aliases.js";
import { createConceptLoaders } from "./concept.loaders.js";
import { LIMITS, checkFirst, checkSlug, checkText, foldKey } from "../validation.js";
import {
  toConcept,
  type Concept,
  type ConceptCreate,
  type ConceptFilter,
  type ConceptPatch,
  type DeleteConceptResult,
} from "./concept.model.js";

const CURSOR = "concept";

const sameLifecycle = (a: LifecycleEntry[], b: LifecycleEntry[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/** A concept's names changed: its version and update time move on, as with any other edit. */
const bumpVersion = async (tx: Tx, id: number) =>
  toConcept(
    await tx.concept.update({
      where: { id },
      data: { version: { increment: 1 } },
      ...withLifecycle,
    }),
  );

/** Concepts and their aliases and tags: validation and rules, written through the unit of work. */
export class ConceptService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly config: Config,
    /** The read index of committed concepts, when there is one: reads by slug then skip SQL. */
    private readonly index?: { conceptBySlug(slug: string): Concept | undefined },
    /** Which concepts did not exist at a version (lists filtered by asOf). */
    private readonly time?: { absentConcepts(asOf: string): number[] },
  ) {}

  /** Reads: inside a write, its transaction (to see its own writes); else the client. */
  private get prisma(): Tx {
    return this.work.db;
  }

  /** The concept with this slug, or null. */
  async get(slug: string): Promise<Concept | null> {
    if (this.index && !this.work.inside) return this.index.conceptBySlug(slug) ?? null;
    const row = await this.prisma.concept.findUnique({ where: { slug }, ...withLifecycle });
    return row ? toConcept(row) : null;
  }

  /**
   * The concept with this slug, or the one that now goes by another slug and kept this one as an
   * alias (renamed concepts keep their old slugs valid); null when neither.
   */
  async resolve(slug: string): Promise<Concept | null> {
    return (await this.get(slug)) ?? (slugForm(foldKey(slug)) === slug ? this.lookup(slug) : null);
  }

  /**
   * Gives a concept a new slug; the old one stays as an alias, so links to it keep working.
   * CONFLICT when the new slug is taken by another concept or alias.
   */
  rename(slug: string, newSlug: string): Promise<Concept> {
    return this.work.write("editor", async ({ tx, record }) => {
      const to = checkSlug("newSlug", newSlug);
      const current = await this.require(slug, "slug", tx);
      if (to === slug) return current;
      const taken = await tx.concept.findUnique({ where: { slug: to } });
      const alias = await tx.alias.findUnique({ where: { key: foldKey(to) } });
      if (taken || (alias && alias.conceptId !== current.id)) {
        throw new ConflictError("newSlug", `"${to}" is already the slug or an alias of a concept`);
      }
      const before = await snapshotConcept(tx, current);
      if (alias) await tx.alias.delete({ where: { id: alias.id } });
      await tx.concept.update({ where: { id: current.id }, data: { slug: to } });
      const renamed = await this.require(to, "newSlug", tx);
      // The old slug stays reachable by lookup: as an alias, unless it is the name's own form.
      if (foldKey(slug) !== foldKey(renamed.name)) {
        await attachAliases(tx, renamed, [slug], "slug", false);
      }
      const after = await bumpVersion(tx, current.id);
      return (await record({ entity: "concept", op: "update", after }, before)).after;
    });
  }

  /** The concept with this slug as stored (never the read index's copy), or null. */
  async fetch(slug: string): Promise<Concept | null> {
    const row = await this.prisma.concept.findUnique({ where: { slug }, ...withLifecycle });
    return row ? toConcept(row) : null;
  }

  /** The concept with this slug, or NOT_FOUND naming `field`. */
  async require(slug: string, field = "slug", db: Tx = this.prisma): Promise<Concept> {
    const row = await db.concept.findUnique({ where: { slug }, ...withLifecycle });
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
      ...withLifecycle,
    });
    const rank = (c: Concept) =>
      c.slug === name.trim() ? 0 : c.slug === slugForm(key) ? 1 : foldKey(c.name) === key ? 2 : 3;
    return rows.map(toConcept).sort((a, b) => rank(a) - rank(b))[0] ?? null;
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
    const absent = filter?.asOf && this.time ? this.time.absentConcepts(filter.asOf) : [];
    const where = {
      ...(absent.length > 0 ? { id: { notIn: absent } } : {}),
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
        ...withLifecycle,
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
  create(input: ConceptCreate): Promise<Concept> {
    return this.work.write("editor", async ({ tx, record }) => {
      const data = this.checkCreate(input, "input");
      if (await tx.concept.findUnique({ where: { slug: data.slug } })) {
        throw new ConflictError("input.slug", `A concept with slug "${data.slug}" already exists`);
      }
      const after = await this.insert(tx, data);
      return (await record({ entity: "concept", op: "create", after })).after;
    });
  }

  /** Changes the given fields of a concept; tags are replaced when given, sources are added. */
  update(slug: string, patch: ConceptPatch): Promise<Concept> {
    return this.work.write("editor", async ({ tx, record }) => {
      const checked = this.checkPatch(patch, "input");
      const current = await this.require(slug, "slug", tx);
      const before = await snapshotConcept(tx, current);
      const after = await this.applyPatch(tx, current, checked, patch.expectedVersion);
      return (await record({ entity: "concept", op: "update", after }, before)).after;
    });
  }

  /**
   * Creates the concept, or updates the fields given: the idempotent write for ingestion.
   * Aliases and sources are added to what is there. With `keepExisting`, an existing concept is left as it is.
   */
  upsert(input: ConceptCreate, opts: { keepExisting?: boolean } = {}): Promise<Concept> {
    return this.work.write("editor", async ({ tx, record }) => {
      const data = this.checkCreate(input, "input");
      const current = await tx.concept.findUnique({ where: { slug: data.slug }, ...withLifecycle });
      if (!current) {
        const after = await this.insert(tx, data);
        return (await record({ entity: "concept", op: "create", after })).after;
      }
      if (opts.keepExisting) return toConcept(current);
      const before = await snapshotConcept(tx, toConcept(current));
      const after = await this.applyPatch(tx, toConcept(current), {
        ...data,
        description: input.description == null ? undefined : data.description,
        tags: input.tags == null ? undefined : data.tags,
        docsUrl: input.docsUrl === undefined ? undefined : data.docsUrl,
        scope: input.scope === undefined ? undefined : data.scope,
        apiVersion: input.apiVersion === undefined ? undefined : data.apiVersion,
        lifecycle: input.lifecycle == null ? undefined : data.lifecycle,
        sources: data.sources,
      });
      const known = new Set(
        (await tx.alias.findMany({ where: { conceptId: current.id } })).map((a) => a.key),
      );
      const added = data.aliases.filter((a) => !known.has(foldKey(a)));
      await attachAliases(tx, after, added, "input.aliases");
      return (await record({ entity: "concept", op: "update", after }, before)).after;
    });
  }

  /** Deletes a concept; refused with CONFLICT while it has relations, unless `cascade` removes them and their notes too. */
  delete(slug: string, cascade: boolean): Promise<DeleteConceptResult> {
    return this.work.write("admin", async ({ tx, record }) => {
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
      await record({ entity: "concept", op: "delete", before: current }, snapshot);
      return { slug, deletedRelations: relations, deletedNotes: notes };
    });
  }

  /** Adds another name to a concept. */
  addAlias(slug: string, alias: string): Promise<Concept> {
    return this.work.write("editor", async ({ tx, record }) => {
      const name = checkText("alias", alias, { max: LIMITS.alias, required: true });
      const concept = await this.require(slug, "slug", tx);
      const before = await snapshotConcept(tx, concept);
      await attachAliases(tx, concept, [name], "alias", false);
      const after = await bumpVersion(tx, concept.id);
      return (await record({ entity: "concept", op: "update", after }, before)).after;
    });
  }

  /** Removes one of a concept's aliases (compared case-insensitively). */
  removeAlias(slug: string, alias: string): Promise<Concept> {
    return this.work.write("editor", async ({ tx, record }) => {
      const concept = await this.require(slug, "slug", tx);
      const before = await snapshotConcept(tx, concept);
      const row = await tx.alias.findUnique({ where: { key: foldKey(alias) } });
      if (!row || row.conceptId !== concept.id) {
        throw new NotFoundError("alias", `Concept "${slug}" has no alias "${alias}"`);
      }
      await tx.alias.delete({ where: { id: row.id } });
      const after = await bumpVersion(tx, concept.id);
      return (await record({ entity: "concept", op: "update", after }, before)).after;
    });
  }

  /** Per-request loaders: concepts by id, aliases and tags by concept id. */
  createLoaders() {
    return createConceptLoaders(this.prisma);
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
        scope: data.scope,
        apiVersion: data.apiVersion,
        tags: { create: data.tags.map((tag) => ({ tag })) },
        lifecycle: { create: lifecycleRows(data.lifecycle) },
      },
      ...withLifecycle,
    });
    const concept = toConcept(row);
    await attachAliases(tx, concept, data.aliases, "input.aliases");
    await cite(tx, "input.sources", { conceptId: row.id }, data.sources);
    return concept;
  }

  private checkPatch(p: ConceptPatch, f: string) {
    return checkConceptPatch(p, f);
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
      (p.scope !== undefined && p.scope !== current.scope) ||
      (p.apiVersion !== undefined && p.apiVersion !== current.apiVersion) ||
      (p.lifecycle !== undefined && !sameLifecycle(p.lifecycle, current.lifecycle)) ||
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
        scope: p.scope,
        apiVersion: p.apiVersion,
        lifecycle: p.lifecycle && { deleteMany: {}, create: lifecycleRows(p.lifecycle) },
        version: { increment: 1 },
      },
      ...withLifecycle,
    });
    return toConcept(row);
  }
}
