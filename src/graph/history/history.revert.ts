import { AppError, ConflictError, NotFoundError } from "../../errors.js";
import type { Tx } from "../db-types.js";
import { type RelationType, toRelationType } from "../relation-type/relation-type.model.js";
import type { ConceptService } from "../concept/concept.service.js";
import type { NoteService } from "../note/note.service.js";
import type { RelationTypeService } from "../relation-type/relation-type.service.js";
import type { RelationService } from "../relation/relation.service.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { foldKey } from "../validation.js";
import { withLifecycle } from "../lifecycle/lifecycle.store.js";
import { toConcept } from "../concept/concept.model.js";
import { toRelation } from "../relation/relation.model.js";
import { runReverting, snapshotConcept, snapshotNote, snapshotRelation } from "./history.record.js";
import { toChangeEntry } from "./history.entry.js";
import type {
  ChangeEntry,
  ConceptSnapshot,
  Entity,
  Snapshot,
  NoteSnapshot,
  RelationSnapshot,
} from "./history.types.js";

/** The services a revert undoes a change through (validation, authorization and recording apply). */
export interface Writers {
  concepts: ConceptService;
  relations: RelationService;
  notes: NoteService;
  relationTypes: RelationTypeService;
}

/** What a revert did: the change it undid and the new changes that undid it (each with revertOf). */
export interface RevertResult {
  reverted: ChangeEntry;
  changes: ChangeEntry[];
}

/** Errors that are about the caller, not the change: they pass through a revert unchanged. */
const PASS_THROUGH = new Set(["UNAUTHENTICATED", "FORBIDDEN", "INTERNAL_SERVER_ERROR"]);

/**
 * Reverts change `id` in one transaction through the services (validation, authorization and
 * recording apply). Refused with CONFLICT when the entity is no longer as the change left it
 * (revert the later changes first, newest first), when undoing a create would take later
 * additions with it, or when the services refuse the inverse (slug taken, a relation's end gone).
 */
export function revertChange(
  work: UnitOfWork,
  services: Writers,
  id: number,
): Promise<RevertResult> {
  const refuse = (message: string, extra: Record<string, unknown> = {}) =>
    new ConflictError("changeId", `Change ${id} cannot be reverted: ${message}`, extra);
  return runReverting(id, () =>
    work.write("editor", async ({ tx: db }) => {
      const include = { subjects: { orderBy: { slug: "asc" as const } } };
      const head = await db.changeRecord.findUnique({ where: { id } });
      if (!head) throw new NotFoundError("changeId", `No change with id ${id}`);
      // Refused before its subjects (maybe 100,000 for an import) are read.
      if (head.entity === "import") throw refuseImport(toChangeEntry({ ...head, subjects: [] }));
      const row = await db.changeRecord.findUniqueOrThrow({ where: { id }, include });
      const change = toChangeEntry(row);
      if (change.op !== "delete") {
        const now = await currentSnapshot(db, change.entity, change.key);
        if (!now || content(asRecorded(now, change.after)) !== content(change.after)) {
          const later = await db.changeRecord.findFirst({
            where: { entity: change.entity, key: change.key, id: { gt: id } },
            orderBy: { id: "desc" },
          });
          throw refuse(
            `${change.entity} ${change.key} ${now ? "changed" : "was deleted"} since${later ? `, last in change ${later.id}; revert that first` : ""}`,
            later ? { laterChangeId: later.id } : {},
          );
        }
      }
      const last = await db.changeRecord.findFirst({ orderBy: { id: "desc" } });
      try {
        await applyInverse(services, db, change);
      } catch (err) {
        if (err instanceof AppError && !PASS_THROUGH.has(err.code)) throw refuse(err.message);
        throw err;
      }
      const made = await db.changeRecord.findMany({
        where: { id: { gt: last?.id ?? 0 } },
        orderBy: { id: "asc" },
        include,
      });
      return { reverted: change, changes: made.map(toChangeEntry) };
    }),
  );
}

/**
 * An import's bulk part is one summary record without a snapshot of each record it created (that
 * is what keeps a 600,000-record import fast), so there is nothing to undo it from.
 */
function refuseImport(change: ChangeEntry) {
  const s = change.after as { concepts?: number; relations?: number } | null;
  return new ConflictError(
    "changeId",
    `Change ${change.id} is a bulk import (${s?.concepts ?? 0} concepts, ${s?.relations ?? 0} relations) and cannot be reverted: an import is recorded as one summary, without the per-record snapshots a revert needs. Delete what it created instead (deleteConcept with cascade)`,
    { entity: "import" },
  );
}

/** Fields that every write bumps: a state restored by a revert differs from the old one only in them. */
const VOLATILE = new Set(["version", "createdAt", "updatedAt"]);
const content = (s: unknown) =>
  JSON.stringify(s, (k, v: unknown) => (VOLATILE.has(k) ? undefined : v));

/** `now` with only the fields `recorded` has: a change recorded before a field existed ignores it. */
const asRecorded = (now: Snapshot, recorded: unknown) =>
  recorded && typeof recorded === "object"
    ? Object.fromEntries(Object.entries(now).filter(([k]) => k in recorded))
    : now;

/** The entity as it is now, in the shape history stores, or null when it does not exist. */
async function currentSnapshot(db: Tx, entity: Entity, key: string): Promise<Snapshot | null> {
  switch (entity) {
    case "concept": {
      const row = await db.concept.findUnique({ where: { slug: key }, ...withLifecycle });
      return row && snapshotConcept(db, toConcept(row));
    }
    case "relation": {
      const row = await db.relation.findUnique({ where: { id: Number(key) }, ...withLifecycle });
      return row && snapshotRelation(db, toRelation(row));
    }
    case "note": {
      const row = await db.note.findUnique({ where: { id: Number(key) } });
      return row && snapshotNote(db, row);
    }
    case "relationType": {
      const row = await db.relationType.findUnique({ where: { key } });
      return row && toRelationType(row);
    }
    case "import":
      return null; // refused before: see refuseImport
  }
}

async function applyInverse(s: Writers, db: Tx, c: ChangeEntry): Promise<void> {
  if (c.op === "create") return undoCreate(s, db, c);
  if (c.op === "update") return restore(s, c);
  return recreate(s, c);
}

/** Undoes a create by deleting, unless something was attached to it since. */
async function undoCreate(s: Writers, db: Tx, c: ChangeEntry) {
  switch (c.entity) {
    case "concept": {
      const notes = await db.note.count({ where: { concept: { slug: c.key } } });
      if (notes > 0) {
        throw new ConflictError("changeId", `concept "${c.key}" has ${notes} note(s) now`);
      }
      await s.concepts.delete(c.key, false);
      return;
    }
    case "relation": {
      const notes = await db.note.count({ where: { relationId: Number(c.key) } });
      if (notes > 0) {
        throw new ConflictError("changeId", `relation ${c.key} has ${notes} note(s) now`);
      }
      await s.relations.delete(c.key);
      return;
    }
    case "note":
      await s.notes.delete(c.key);
      return;
    case "relationType":
      await s.relationTypes.delete(c.key);
      return;
  }
}

/** Undoes an update by writing the fields back as they were before it. */
async function restore(s: Writers, c: ChangeEntry) {
  switch (c.entity) {
    case "concept": {
      const before = c.before as ConceptSnapshot;
      const after = c.after as ConceptSnapshot;
      await s.concepts.update(c.key, {
        name: before.name,
        kind: before.kind,
        summary: before.summary,
        description: before.description,
        docsUrl: before.docsUrl,
        tags: before.tags,
        ...conceptExtras(before),
      });
      const had = new Set(before.aliases.map(foldKey));
      const has = new Set(after.aliases.map(foldKey));
      for (const alias of after.aliases) {
        if (!had.has(foldKey(alias))) await s.concepts.removeAlias(c.key, alias);
      }
      for (const alias of before.aliases) {
        if (!has.has(foldKey(alias))) await s.concepts.addAlias(c.key, alias);
      }
      return;
    }
    case "relation": {
      const before = c.before as RelationSnapshot;
      await s.relations.update(c.key, {
        description: before.description,
        ...relationExtras(before),
      });
      return;
    }
    case "note": {
      const before = c.before as NoteSnapshot;
      await s.notes.update(c.key, { body: before.body, author: before.author });
      return;
    }
    case "relationType": {
      const { key, ...fields } = c.before as RelationType;
      await s.relationTypes.update(key, fields);
      return;
    }
  }
}

/**
 * The fields a snapshot taken before the knowledge model lacks: those stay as they are (undefined),
 * the rest are written back as they were.
 */
const conceptExtras = (c: ConceptSnapshot) => ({
  scope: c.scope,
  apiVersion: c.apiVersion,
  lifecycle: c.lifecycle ?? undefined,
});

const relationExtras = (r: RelationSnapshot) => ({
  qualifiers: r.qualifiers && { ...r.qualifiers },
  lifecycle: r.lifecycle ?? undefined,
});

/** Undoes a delete by creating it again with what went with it (new ids for relations and notes). */
async function recreate(s: Writers, c: ChangeEntry) {
  switch (c.entity) {
    case "concept": {
      const before = c.before as ConceptSnapshot;
      await s.concepts.create({
        slug: before.slug,
        name: before.name,
        kind: before.kind,
        summary: before.summary,
        description: before.description,
        docsUrl: before.docsUrl,
        tags: before.tags,
        aliases: before.aliases,
        ...conceptExtras(before),
      });
      for (const r of before.relations ?? []) await recreateRelation(s, r);
      for (const n of before.notes ?? []) await recreateNote(s, n, null);
      return;
    }
    case "relation":
      await recreateRelation(s, c.before as RelationSnapshot);
      return;
    case "note":
      await recreateNote(s, c.before as NoteSnapshot, null);
      return;
    case "relationType":
      await s.relationTypes.create(c.before as RelationType);
      return;
  }
}

async function recreateRelation(s: Writers, r: RelationSnapshot) {
  const created = await s.relations.create({
    source: r.source,
    type: r.type,
    target: r.target,
    description: r.description,
    ...relationExtras(r),
  });
  for (const n of r.notes ?? []) await recreateNote(s, n, created.id);
}

/** Adds a note again: on its concept, or on its relation (found by its ends: its id may be new). */
async function recreateNote(s: Writers, n: NoteSnapshot, relationId: number | null) {
  let relation: string | null = relationId === null ? null : String(relationId);
  if (!relation && n.relation) {
    const { source, type, target } = n.relation;
    const found = (await s.relations.list({ source, type, target, exactType: true }, 1)).items[0];
    if (!found) {
      throw new ConflictError("changeId", `relation ${source} ${type} ${target} is gone`);
    }
    relation = String(found.node.id);
  }
  await s.notes.add({
    concept: relation ? null : n.concept,
    relation,
    body: n.body,
    author: n.author,
  });
}
