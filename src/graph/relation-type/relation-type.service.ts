import DataLoader from "dataloader";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { authorize } from "../authorize.js";
import type { ChangeFeed } from "../changes.js";
import { recordChange } from "../history/history.record.js";
import { LIMITS, checkKind, checkSlug, checkText } from "../validation.js";

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
}

export interface RelationTypeInput {
  key: string;
  label: string;
  inverseLabel?: string | null;
  description?: string | null;
  sourceKinds?: string[] | null;
  targetKinds?: string[] | null;
  symmetric?: boolean | null;
}

export interface RelationTypePatch {
  label?: string | null;
  inverseLabel?: string | null;
  description?: string | null;
  sourceKinds?: string[] | null;
  targetKinds?: string[] | null;
  symmetric?: boolean | null;
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
});

function checkKinds(field: string, kinds: string[] | null | undefined): string | null {
  if (kinds == null || kinds.length === 0) return null;
  return JSON.stringify([...new Set(kinds.map((k, i) => checkKind(`${field}[${i}]`, k)))].sort());
}

/** Relation types: new ones are data, added through the API without a schema change or restart. */
export class RelationTypeService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly changes: ChangeFeed,
  ) {}

  /** Every relation type, by key. */
  async list(): Promise<RelationType[]> {
    const rows = await this.prisma.relationType.findMany({ orderBy: { key: "asc" } });
    return rows.map(toRelationType);
  }

  /** The relation type with this key, or null. */
  async get(key: string): Promise<RelationType | null> {
    const row = await this.prisma.relationType.findUnique({ where: { key } });
    return row ? toRelationType(row) : null;
  }

  /** Creates a relation type; CONFLICT when the key exists. With `keepExisting`, an existing one is returned unchanged. */
  async create(
    input: RelationTypeInput,
    opts: { keepExisting?: boolean } = {},
  ): Promise<RelationType> {
    authorize("admin");
    const key = checkSlug("input.key", input.key, LIMITS.relationTypeKey);
    const label = checkText("input.label", input.label, { max: LIMITS.label, required: true });
    const data = {
      key,
      label,
      inverseLabel:
        input.inverseLabel == null
          ? input.symmetric
            ? label
            : `inverse of ${label}`
          : checkText("input.inverseLabel", input.inverseLabel, {
              max: LIMITS.label,
              required: true,
            }),
      description: checkText("input.description", input.description ?? "", {
        max: LIMITS.summary,
      }),
      sourceKinds: checkKinds("input.sourceKinds", input.sourceKinds),
      targetKinds: checkKinds("input.targetKinds", input.targetKinds),
      symmetric: input.symmetric ?? false,
    };
    const result = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.relationType.findUnique({ where: { key } });
      if (existing) {
        if (opts.keepExisting) return { type: toRelationType(existing), created: null };
        throw new ConflictError("input.key", `A relation type with key "${key}" already exists`);
      }
      const after = toRelationType(await tx.relationType.create({ data }));
      return {
        type: after,
        created: await recordChange(tx, { entity: "relationType", op: "create", after }),
      };
    });
    if (result.created) this.changes.emit(result.created);
    return result.type;
  }

  /** Changes the labels, description or kind constraints of a relation type. */
  async update(key: string, patch: RelationTypePatch): Promise<RelationType> {
    authorize("admin");
    const data = {
      label:
        patch.label == null
          ? undefined
          : checkText("input.label", patch.label, { max: LIMITS.label, required: true }),
      inverseLabel:
        patch.inverseLabel == null
          ? undefined
          : checkText("input.inverseLabel", patch.inverseLabel, {
              max: LIMITS.label,
              required: true,
            }),
      description:
        patch.description == null
          ? undefined
          : checkText("input.description", patch.description, { max: LIMITS.summary }),
      sourceKinds:
        patch.sourceKinds === undefined
          ? undefined
          : checkKinds("input.sourceKinds", patch.sourceKinds),
      targetKinds:
        patch.targetKinds === undefined
          ? undefined
          : checkKinds("input.targetKinds", patch.targetKinds),
      symmetric: patch.symmetric ?? undefined,
    };
    const updated = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.relationType.findUnique({ where: { key } });
      if (!existing) throw new NotFoundError("key", `No relation type with key "${key}"`);
      if (data.symmetric === true && !existing.symmetric) {
        const used = await tx.relation.count({ where: { typeKey: key } });
        if (used > 0) {
          throw new BadUserInputError(
            "input.symmetric",
            `cannot make "${key}" symmetric while ${used} relation(s) use it`,
          );
        }
      }
      const after = toRelationType(await tx.relationType.update({ where: { key }, data }));
      const before = toRelationType(existing);
      return recordChange(tx, { entity: "relationType", op: "update", after }, before);
    });
    this.changes.emit(updated);
    return updated.after;
  }

  /** Deletes an unused relation type; CONFLICT while relations use it. */
  async delete(key: string): Promise<string> {
    authorize("admin");
    const change = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.relationType.findUnique({ where: { key } });
      if (!existing) throw new NotFoundError("key", `No relation type with key "${key}"`);
      const used = await tx.relation.count({ where: { typeKey: key } });
      if (used > 0) {
        throw new ConflictError("key", `Relation type "${key}" is used by ${used} relation(s)`, {
          relations: used,
        });
      }
      await tx.relationType.delete({ where: { key } });
      const before = toRelationType(existing);
      return recordChange(tx, { entity: "relationType", op: "delete", key }, before);
    });
    this.changes.emit(change);
    return key;
  }

  /** Per-request loader of relation types by key. */
  createLoaders() {
    return {
      byKey: new DataLoader<string, RelationType | null>(async (keys) => {
        const rows = await this.prisma.relationType.findMany({ where: { key: { in: [...keys] } } });
        const by = new Map(rows.map((r) => [r.key, toRelationType(r)]));
        return keys.map((k) => by.get(k) ?? null);
      }),
    };
  }
}
