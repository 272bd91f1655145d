import DataLoader from "dataloader";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { Tx } from "../db-types.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { LIMITS, checkKind, checkSlug, checkText } from "../validation.js";
import {
  toRelationType,
  type RelationType,
  type RelationTypeInput,
  type RelationTypePatch,
} from "./relation-type.model.js";

function checkKinds(field: string, kinds: string[] | null | undefined): string | null {
  if (kinds == null || kinds.length === 0) return null;
  return JSON.stringify([...new Set(kinds.map((k, i) => checkKind(`${field}[${i}]`, k)))].sort());
}

/**
 * Checks a type's new parent: it exists, and following parents from it never comes back to `key`
 * (BAD_USER_INPUT on input.parent). Returns the parent key to store.
 */
async function checkParent(tx: Tx, key: string, parent: string | null): Promise<string | null> {
  if (parent === null) return null;
  const field = "input.parent";
  checkSlug(field, parent, LIMITS.relationTypeKey);
  const all = await tx.relationType.findMany({ select: { key: true, parentKey: true } });
  const parents = new Map(all.map((t) => [t.key, t.parentKey]));
  if (!parents.has(parent)) {
    throw new BadUserInputError(field, `unknown relation type "${parent}"`);
  }
  const chain = [key];
  for (let at: string | null | undefined = parent; at; at = parents.get(at)) {
    chain.push(at);
    if (at === key) {
      throw new BadUserInputError(
        field,
        `"${parent}" would make a cycle in the type hierarchy: ${chain.join(" -> ")}`,
      );
    }
  }
  return parent;
}

/** Relation types: new ones are data, added through the API without a schema change or restart. */
export class RelationTypeService {
  constructor(private readonly work: UnitOfWork) {}

  /** Reads: inside a write, its transaction (to see its own writes); else the client. */
  private get prisma(): Tx {
    return this.work.db;
  }

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
  create(input: RelationTypeInput, opts: { keepExisting?: boolean } = {}): Promise<RelationType> {
    return this.work.write("admin", async ({ tx, record }) => {
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
      const existing = await tx.relationType.findUnique({ where: { key } });
      if (existing) {
        if (opts.keepExisting) return toRelationType(existing);
        throw new ConflictError("input.key", `A relation type with key "${key}" already exists`);
      }
      const parentKey = await checkParent(tx, key, input.parent ?? null);
      const after = toRelationType(await tx.relationType.create({ data: { ...data, parentKey } }));
      return (await record({ entity: "relationType", op: "create", after })).after;
    });
  }

  /** Creates the relation type, or changes the fields given of the one with this key. */
  upsert(input: RelationTypeInput): Promise<RelationType> {
    return this.work.write("admin", async ({ tx }) =>
      (await tx.relationType.findUnique({ where: { key: input.key } }))
        ? this.update(input.key, input)
        : this.create(input),
    );
  }

  /** Changes the labels, description or kind constraints of a relation type. */
  update(key: string, patch: RelationTypePatch): Promise<RelationType> {
    return this.work.write("admin", async ({ tx, record }) => {
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
      const existing = await tx.relationType.findUnique({ where: { key } });
      if (!existing) throw new NotFoundError("key", `No relation type with key "${key}"`);
      const parentKey =
        patch.parent === undefined ? undefined : await checkParent(tx, key, patch.parent);
      if (data.symmetric === true && !existing.symmetric) {
        const used = await tx.relation.count({ where: { typeKey: key } });
        if (used > 0) {
          throw new BadUserInputError(
            "input.symmetric",
            `cannot make "${key}" symmetric while ${used} relation(s) use it`,
          );
        }
      }
      const after = toRelationType(
        await tx.relationType.update({ where: { key }, data: { ...data, parentKey } }),
      );
      const before = toRelationType(existing);
      return (await record({ entity: "relationType", op: "update", after }, before)).after;
    });
  }

  /** Deletes an unused relation type; CONFLICT while relations use it. */
  delete(key: string): Promise<string> {
    return this.work.write("admin", async ({ tx, record }) => {
      const existing = await tx.relationType.findUnique({ where: { key } });
      if (!existing) throw new NotFoundError("key", `No relation type with key "${key}"`);
      const used = await tx.relation.count({ where: { typeKey: key } });
      if (used > 0) {
        throw new ConflictError("key", `Relation type "${key}" is used by ${used} relation(s)`, {
          relations: used,
        });
      }
      const children = await tx.relationType.count({ where: { parentKey: key } });
      if (children > 0) {
        throw new ConflictError(
          "key",
          `Relation type "${key}" is the parent of ${children} type(s): give them another parent first`,
          { children },
        );
      }
      await tx.relationType.delete({ where: { key } });
      const before = toRelationType(existing);
      await record({ entity: "relationType", op: "delete", key }, before);
      return key;
    });
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
