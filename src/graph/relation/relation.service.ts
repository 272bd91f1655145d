import DataLoader from "dataloader";
import type { Config } from "../../config.js";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { authorize } from "../authorize.js";
import type { ChangeFeed } from "../changes.js";
import type { Tx } from "../db-types.js";
import { groupBy } from "../group.js";
import { recordChange, snapshotRelation } from "../history/history.record.js";
import { parseId } from "../ids.js";
import { type Page, decodeCursor, encodeCursor } from "../pagination.js";
import { type SourceRefInput, checkSourceRefs, cite } from "../source/source.service.js";
import { LIMITS, checkFirst, checkText } from "../validation.js";
import { checkRelationEnds, checkRelationInput } from "./relation.rules.js";

/** Which way relations are followed from a concept. */
export type Direction = "OUT" | "IN" | "BOTH";

/** A typed, directed edge between two concepts. */
export interface Relation {
  id: number;
  sourceId: number;
  typeKey: string;
  targetId: number;
  description: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface RelationInput {
  source: string;
  type: string;
  target: string;
  description?: string | null;
  sources?: SourceRefInput[] | null;
}

export interface RelationPatch {
  /** null clears it; undefined leaves it. */
  description?: string | null;
  sources?: SourceRefInput[] | null;
  expectedVersion?: number | null;
}

export interface RelationFilter {
  type?: string | null;
  source?: string | null;
  target?: string | null;
}

const CURSOR = "relation";

/** A plain copy of a relation row with exactly the domain fields. */
export const toRelation = (r: Relation): Relation => ({
  id: r.id,
  sourceId: r.sourceId,
  typeKey: r.typeKey,
  targetId: r.targetId,
  description: r.description,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Relations between concepts: endpoint, type and kind checks, uniqueness, no self-loops. */
export class RelationService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: Config,
    private readonly changes: ChangeFeed,
  ) {}

  /** The relation with this id, or null. */
  async get(id: string): Promise<Relation | null> {
    const row = await this.prisma.relation.findUnique({ where: { id: parseId("id", id) } });
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
    const where = {
      ...(filter?.type ? { typeKey: filter.type } : {}),
      ...(filter?.source ? { source: { slug: filter.source } } : {}),
      ...(filter?.target ? { target: { slug: filter.target } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.relation.findMany({
        where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
        orderBy: { id: "asc" },
        take: take + 1,
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
  async create(input: RelationInput): Promise<Relation> {
    authorize("editor");
    const checked = this.check(input);
    const created = await this.prisma.$transaction(async (tx) => {
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
      return recordChange(tx, { entity: "relation", op: "create", after });
    });
    this.changes.emit(created);
    return created.after;
  }

  /** Creates the relation, or updates the description and adds sources of the existing one: the idempotent write for ingestion. */
  async upsert(input: RelationInput): Promise<Relation> {
    authorize("editor");
    const checked = this.check(input);
    const result = await this.prisma.$transaction(async (tx) => {
      const resolved = await this.resolve(tx, checked);
      const existing = await this.findExisting(tx, resolved);
      if (!existing) {
        const created = await this.insert(tx, resolved, checked);
        return recordChange(tx, { entity: "relation", op: "create", after: created });
      }
      const before = await snapshotRelation(tx, existing);
      const after = await this.applyPatch(tx, existing, {
        description: input.description === undefined ? undefined : checked.description,
        sources: checked.sources,
      });
      return recordChange(tx, { entity: "relation", op: "update", after }, before);
    });
    this.changes.emit(result);
    return result.after;
  }

  /** Changes a relation's description and adds sources. */
  async update(id: string, patch: RelationPatch): Promise<Relation> {
    authorize("editor");
    const relationId = parseId("id", id);
    const checked = {
      description:
        patch.description === undefined
          ? undefined
          : patch.description === null
            ? null
            : checkText("input.description", patch.description, {
                max: LIMITS.summary,
                multiline: true,
              }),
      sources: checkSourceRefs("input.sources", patch.sources),
    };
    const updated = await this.prisma.$transaction(async (tx) => {
      const row = await tx.relation.findUnique({ where: { id: relationId } });
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
      return recordChange(tx, { entity: "relation", op: "update", after }, before);
    });
    this.changes.emit(updated);
    return updated.after;
  }

  /** Deletes a relation and its notes; returns its id. */
  async delete(id: string): Promise<string> {
    authorize("editor");
    const relationId = parseId("id", id);
    const before = await this.prisma.$transaction(async (tx) => {
      const row = await tx.relation.findUnique({ where: { id: relationId } });
      if (!row) throw new NotFoundError("id", `No relation with id ${id}`);
      // Its notes go with it: history keeps them, so that a revert brings them back.
      const snapshot = await snapshotRelation(tx, toRelation(row), { cascade: true });
      await tx.relation.delete({ where: { id: relationId } });
      return recordChange(
        tx,
        { entity: "relation", op: "delete", before: toRelation(row) },
        snapshot,
      );
    });
    this.changes.emit(before);
    return String(relationId);
  }

  /** Per-request loaders: relations by id, and by concept for each (direction, types) asked for. */
  createLoaders() {
    const prisma = this.prisma;
    const byConcept = new Map<string, DataLoader<number, Relation[]>>();
    return {
      byId: new DataLoader<number, Relation | null>(async (ids) => {
        const rows = await prisma.relation.findMany({ where: { id: { in: [...ids] } } });
        const by = new Map(rows.map((r) => [r.id, toRelation(r)]));
        return ids.map((id) => by.get(id) ?? null);
      }),
      /** One loader per (direction, types): one statement per level of a nested query. */
      byConcept(direction: Direction, types?: string[] | null) {
        const typeList = types && types.length > 0 ? [...new Set(types)].sort() : null;
        const key = `${direction}|${typeList?.join(",") ?? "*"}`;
        let loader = byConcept.get(key);
        if (!loader) {
          loader = new DataLoader<number, Relation[]>(async (ids) => {
            const idList = [...ids];
            const ends =
              direction === "OUT"
                ? [{ sourceId: { in: idList } }]
                : direction === "IN"
                  ? [{ targetId: { in: idList } }]
                  : [{ sourceId: { in: idList } }, { targetId: { in: idList } }];
            const rows = await prisma.relation.findMany({
              where: { OR: ends, ...(typeList ? { typeKey: { in: typeList } } : {}) },
              orderBy: [{ typeKey: "asc" }, { id: "asc" }],
            });
            const out = direction === "IN" ? new Map() : groupBy(rows, (r) => r.sourceId);
            const inc = direction === "OUT" ? new Map() : groupBy(rows, (r) => r.targetId);
            return idList.map((id) =>
              [...(out.get(id) ?? []), ...(inc.get(id) ?? [])]
                .sort((a, b) => a.typeKey.localeCompare(b.typeKey) || a.id - b.id)
                .map(toRelation),
            );
          });
          byConcept.set(key, loader);
        }
        return loader;
      },
    };
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
      },
    });
    await cite(tx, "input.sources", { relationId: row.id }, c.sources);
    return toRelation(row);
  }

  private async applyPatch(
    tx: Tx,
    current: Relation,
    p: { description?: string | null; sources: ReturnType<typeof checkSourceRefs> },
  ): Promise<Relation> {
    await cite(tx, "input.sources", { relationId: current.id }, p.sources);
    if (p.description === undefined || p.description === current.description) return current;
    const row = await tx.relation.update({
      where: { id: current.id },
      data: { description: p.description, version: { increment: 1 } },
    });
    return toRelation(row);
  }
}
