import type { Config } from "../../config.js";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { Tx } from "../db-types.js";
import { snapshotRelation } from "../history/history.record.js";
import { parseId } from "../ids.js";
import { type Page, decodeCursor, encodeCursor } from "../pagination.js";
import {
  type LifecycleEntry,
  type Qualifiers,
  checkLifecycle,
  checkQualifiers,
  qualifierColumns,
} from "../lifecycle/lifecycle.model.js";
import { lifecycleRows, withLifecycle } from "../lifecycle/lifecycle.store.js";
import { withSubtypes } from "../relation-type/relation-type.model.js";
import { checkSourceRefs, cite } from "../source/source.service.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { LIMITS, checkFirst, checkText } from "../validation.js";
import { checkRelationEnds, checkRelationInput } from "./relation.rules.js";
import {
  toRelation,
  type Relation,
  type RelationFilter,
  type RelationInput,
  type RelationPatch,
} from "./relation.model.js";

const CURSOR = "relation";

/** Relations between concepts: endpoint, type and kind checks, uniqueness, no self-loops. */
export class RelationService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly config: Config,
    /** Which relations did not hold at a version (lists filtered by asOf). */
    private readonly time?: { absentRelations(asOf: string): number[] },
  ) {}

  /** Reads: inside a write, its transaction (to see its own writes); else the client. */
  private get prisma(): Tx {
    return this.work.db;
  }

  /** The relation with this id, or null. */
  async get(id: string): Promise<Relation | null> {
    const row = await this.prisma.relation.findUnique({
      where: { id: parseId("id", id) },
      ...withLifecycle,
    });
    return row ? toRelation(row) : null;
  }

  /** A page of relations ordered by id, filtered by type key and source or target slug. */
  async list(
    filter: RelationFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Relation>> {
    const take = checkFirst("first", first, this.config.defaultPageSize, this.config.maxPageSize);
    const afterId = after ? Number(decodeCursor("after", CURSOR, after)) : undefined;
    if (afterId !== undefined && !Number.isSafeInteger(afterId)) {
      throw new BadUserInputError("after", "is not a cursor returned by this connection");
    }
    const types = filter?.type ? await this.typeKeys(filter.type, filter.exactType) : null;
    const absent = filter?.asOf && this.time ? this.time.absentRelations(filter.asOf) : [];
    const where = {
      ...(absent.length > 0 ? { id: { notIn: absent } } : {}),
      ...(types ? { typeKey: types.length === 1 ? types[0]! : { in: types } } : {}),
      ...(filter?.source ? { source: { slug: filter.source } } : {}),
      ...(filter?.target ? { target: { slug: filter.target } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.relation.findMany({
        where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
        orderBy: { id: "asc" },
        take: take + 1,
        ...withLifecycle,
      }),
      this.prisma.relation.count({ where }),
    ]);
    return {
      items: rows
        .slice(0, take)
        .map((r) => ({ cursor: encodeCursor(CURSOR, r.id), node: toRelation(r) })),
      hasNextPage: rows.length > take,
      hasPreviousPage: afterId !== undefined,
      totalCount,
    };
  }

  /** Creates a relation; CONFLICT when the same (source, type, target) exists, or its reverse for a symmetric type. */
  create(input: RelationInput): Promise<Relation> {
    return this.work.write("editor", async ({ tx, record }) => {
      const checked = this.check(input);
      const resolved = await this.resolve(tx, checked);
      const existing = await this.findExisting(tx, resolved);
      if (existing) {
        throw new ConflictError(
          "input",
          `The relation ${checked.source} ${checked.type} ${checked.target} already exists (id ${existing.id})`,
          { id: String(existing.id) },
        );
      }
      const after = await this.insert(tx, resolved, checked);
      return (await record({ entity: "relation", op: "create", after })).after;
    });
  }

  /** Creates the relation, or updates the description and adds sources of the existing one: the idempotent write for ingestion. */
  upsert(input: RelationInput): Promise<Relation> {
    return this.work.write("editor", async ({ tx, record }) => {
      const checked = this.check(input);
      const resolved = await this.resolve(tx, checked);
      const existing = await this.findExisting(tx, resolved);
      if (!existing) {
        const after = await this.insert(tx, resolved, checked);
        return (await record({ entity: "relation", op: "create", after })).after;
      }
      const before = await snapshotRelation(tx, existing);
      const after = await this.applyPatch(tx, existing, {
        description: input.description === undefined ? undefined : checked.description,
        qualifiers: input.qualifiers === undefined ? undefined : checked.qualifiers,
        lifecycle: input.lifecycle == null ? undefined : checked.lifecycle,
        sources: checked.sources,
      });
      return (await record({ entity: "relation", op: "update", after }, before)).after;
    });
  }

  /** Changes a relation's description and adds sources. */
  update(id: string, patch: RelationPatch): Promise<Relation> {
    return this.work.write("editor", async ({ tx, record }) => {
      const relationId = parseId("id", id);
      const checked = {
        description:
          patch.description == null
            ? patch.description
            : checkText("input.description", patch.description, {
                max: LIMITS.summary,
                multiline: true,
              }),
        qualifiers:
          patch.qualifiers === undefined
            ? undefined
            : checkQualifiers("input.qualifiers", patch.qualifiers),
        lifecycle:
          patch.lifecycle == null ? undefined : checkLifecycle("input.lifecycle", patch.lifecycle),
        sources: checkSourceRefs("input.sources", patch.sources),
      };
      const row = await tx.relation.findUnique({ where: { id: relationId }, ...withLifecycle });
      if (!row) throw new NotFoundError("id", `No relation with id ${id}`);
      if (patch.expectedVersion != null && patch.expectedVersion !== row.version) {
        throw new ConflictError(
          "input.expectedVersion",
          `Relation ${id} is at version ${row.version}, not ${patch.expectedVersion}: reload and retry`,
          { currentVersion: row.version },
        );
      }
      const before = await snapshotRelation(tx, toRelation(row));
      const after = await this.applyPatch(tx, toRelation(row), checked);
      return (await record({ entity: "relation", op: "update", after }, before)).after;
    });
  }

  /** Deletes a relation and its notes; returns its id. */
  delete(id: string): Promise<string> {
    return this.work.write("editor", async ({ tx, record }) => {
      const relationId = parseId("id", id);
      const row = await tx.relation.findUnique({ where: { id: relationId }, ...withLifecycle });
      if (!row) throw new NotFoundError("id", `No relation with id ${id}`);
      // Its notes go with it: history keeps them, so that a revert brings them back.
      const snapshot = await snapshotRelation(tx, toRelation(row), { cascade: true });
      await tx.relation.delete({ where: { id: relationId } });
      await record({ entity: "relation", op: "delete", before: toRelation(row) }, snapshot);
      return String(relationId);
    });
  }

  private check(input: RelationInput) {
    return checkRelationInput(input);
  }

  /** Loads both ends and the type; a missing one is BAD_USER_INPUT on its field. */
  private async resolve(tx: Tx, c: ReturnType<RelationService["check"]>) {
    const [source, target, type] = await Promise.all([
      tx.concept.findUnique({ where: { slug: c.source } }),
      tx.concept.findUnique({ where: { slug: c.target } }),
      tx.relationType.findUnique({ where: { key: c.type } }),
    ]);
    checkRelationEnds(c, source, target, type);
    // checkRelationEnds refused missing ends.
    return {
      sourceId: source!.id,
      targetId: target!.id,
      typeKey: type.key,
      symmetric: type.symmetric,
    };
  }

  private async findExisting(tx: Tx, r: Awaited<ReturnType<RelationService["resolve"]>>) {
    const row = await tx.relation.findFirst({
      where: {
        typeKey: r.typeKey,
        OR: [
          { sourceId: r.sourceId, targetId: r.targetId },
          ...(r.symmetric ? [{ sourceId: r.targetId, targetId: r.sourceId }] : []),
        ],
      },
      ...withLifecycle,
    });
    return row ? toRelation(row) : null;
  }

  private async insert(
    tx: Tx,
    r: Awaited<ReturnType<RelationService["resolve"]>>,
    c: ReturnType<RelationService["check"]>,
  ): Promise<Relation> {
    const row = await tx.relation.create({
      data: {
        sourceId: r.sourceId,
        targetId: r.targetId,
        typeKey: r.typeKey,
        description: c.description,
        ...qualifierColumns(c.qualifiers),
        lifecycle: { create: lifecycleRows(c.lifecycle) },
      },
      ...withLifecycle,
    });
    await cite(tx, "input.sources", { relationId: row.id }, c.sources);
    return toRelation(row);
  }

  private async applyPatch(
    tx: Tx,
    current: Relation,
    p: {
      description?: string | null;
      qualifiers?: Qualifiers | null;
      lifecycle?: LifecycleEntry[];
      sources: ReturnType<typeof checkSourceRefs>;
    },
  ): Promise<Relation> {
    await cite(tx, "input.sources", { relationId: current.id }, p.sources);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const changed =
      (p.description !== undefined && p.description !== current.description) ||
      (p.qualifiers !== undefined && !same(p.qualifiers, current.qualifiers)) ||
      (p.lifecycle !== undefined && !same(p.lifecycle, current.lifecycle));
    if (!changed) return current;
    const row = await tx.relation.update({
      where: { id: current.id },
      data: {
        description: p.description,
        ...(p.qualifiers === undefined ? {} : qualifierColumns(p.qualifiers)),
        lifecycle: p.lifecycle && { deleteMany: {}, create: lifecycleRows(p.lifecycle) },
        version: { increment: 1 },
      },
      ...withLifecycle,
    });
    return toRelation(row);
  }

  /** The type keys a filter on `type` matches: it and its subtypes, unless `exact`. */
  private async typeKeys(type: string, exact?: boolean | null): Promise<string[]> {
    if (exact) return [type];
    const all = await this.prisma.relationType.findMany({ select: { key: true, parentKey: true } });
    return withSubtypes(
      type,
      all.map((t) => ({ key: t.key, parent: t.parentKey })),
    );
  }
}
