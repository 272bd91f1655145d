import { ContextSlot } from "../../context.js";
import { currentActor } from "../actor.js";
import type { ChangeEvent } from "../changes.js";
import type { Concept } from "../concept/concept.model.js";
import type { Tx } from "../db-types.js";
import { lifecycleInclude } from "../lifecycle/lifecycle.model.js";
import type { Note } from "../note/note.model.js";
import { type Relation, type RelationRow as Row, toRelation } from "../relation/relation.model.js";
import type { ConceptSnapshot, NoteSnapshot, RelationSnapshot, Snapshot } from "./history.types.js";

const reverting = new ContextSlot<number>();

/** Runs `fn` so that every change it records says it reverts change `changeId`. */
export function runReverting<T>(changeId: number, fn: () => T): T {
  return reverting.run(changeId, fn);
}

type NoteRow = Note & {
  concept?: { slug: string } | null;
  relation?: {
    id: number;
    typeKey: string;
    source: { slug: string };
    target: { slug: string };
  } | null;
};

const noteSnapshot = (n: NoteRow): NoteSnapshot => ({
  id: n.id,
  conceptId: n.conceptId,
  relationId: n.relationId,
  concept: n.concept?.slug ?? null,
  relation: n.relation
    ? {
        id: n.relation.id,
        source: n.relation.source.slug,
        type: n.relation.typeKey,
        target: n.relation.target.slug,
      }
    : null,
  body: n.body,
  author: n.author,
  version: n.version,
  createdAt: n.createdAt,
  updatedAt: n.updatedAt,
});

const relationInclude = { source: true, target: true } as const;
const noteInclude = { concept: true, relation: { include: relationInclude } } as const;

type RelationRow = Row & { source: { slug: string }; target: { slug: string } };

const relationSnapshot = (r: RelationRow, notes?: NoteRow[]): RelationSnapshot => ({
  ...toRelation(r),
  source: r.source.slug,
  type: r.typeKey,
  target: r.target.slug,
  ...(notes ? { notes: notes.map(noteSnapshot) } : {}),
});

/**
 * A concept as history stores it: its fields with its aliases and tags. With `cascade` (before a
 * delete) also everything the delete takes with it: its notes, its relations and their notes.
 */
export async function snapshotConcept(
  tx: Tx,
  c: Concept,
  opts: { cascade?: boolean } = {},
): Promise<ConceptSnapshot> {
  const [aliases, tags] = await Promise.all([
    tx.alias.findMany({ where: { conceptId: c.id }, orderBy: { name: "asc" } }),
    tx.conceptTag.findMany({ where: { conceptId: c.id }, orderBy: { tag: "asc" } }),
  ]);
  const snap: ConceptSnapshot = {
    id: c.id,
    slug: c.slug,
    name: c.name,
    kind: c.kind,
    summary: c.summary,
    description: c.description,
    docsUrl: c.docsUrl,
    scope: c.scope,
    apiVersion: c.apiVersion,
    lifecycle: c.lifecycle,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    aliases: aliases.map((a) => a.name),
    tags: tags.map((t) => t.tag),
  };
  if (!opts.cascade) return snap;
  const [notes, relations] = await Promise.all([
    tx.note.findMany({ where: { conceptId: c.id }, include: noteInclude, orderBy: { id: "asc" } }),
    tx.relation.findMany({
      where: { OR: [{ sourceId: c.id }, { targetId: c.id }] },
      include: {
        ...relationInclude,
        ...lifecycleInclude,
        notes: { include: noteInclude, orderBy: { id: "asc" } },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    ...snap,
    notes: notes.map(noteSnapshot),
    relations: relations.map((r) => relationSnapshot(r, r.notes)),
  };
}

/** A relation as history stores it: with the slugs of its ends; with `cascade`, its notes too. */
export async function snapshotRelation(
  tx: Tx,
  r: Relation,
  opts: { cascade?: boolean } = {},
): Promise<RelationSnapshot> {
  const row = await tx.relation.findUniqueOrThrow({
    where: { id: r.id },
    include: {
      ...relationInclude,
      ...(opts.cascade ? { notes: { include: noteInclude, orderBy: { id: "asc" as const } } } : {}),
    },
  });
  return relationSnapshot({ ...row, ...r }, opts.cascade ? row.notes : undefined);
}

/** A note as history stores it: with the slug of its concept or the ends of its relation. */
export async function snapshotNote(tx: Tx, n: Note): Promise<NoteSnapshot> {
  const row = await tx.note.findUniqueOrThrow({ where: { id: n.id }, include: noteInclude });
  return noteSnapshot({ ...row, ...n });
}

/** The entity's key in history: concept slug, relation or note id, relation type key. */
function keyOf(entity: ChangeEvent["entity"], s: Snapshot): string {
  if (entity === "concept") return (s as ConceptSnapshot).slug;
  if (entity === "relationType") return (s as { key: string }).key;
  return String((s as { id: number }).id);
}

/** The concept slugs a change concerns, for history(slug). */
function subjectsOf(entity: ChangeEvent["entity"], s: Snapshot): string[] {
  switch (entity) {
    case "concept": {
      const c = s as ConceptSnapshot;
      return [c.slug, ...(c.relations ?? []).flatMap((r) => [r.source, r.target])];
    }
    case "relation": {
      const r = s as RelationSnapshot;
      return [r.source, r.target];
    }
    case "note": {
      const n = s as NoteSnapshot;
      return n.concept ? [n.concept] : n.relation ? [n.relation.source, n.relation.target] : [];
    }
    default:
      return [];
  }
}

/** Snapshot of the state an event leaves behind (create, update), read inside its transaction. */
function snapshotAfter(tx: Tx, event: ChangeEvent): Promise<Snapshot> | null {
  if (event.op === "delete") return null;
  switch (event.entity) {
    case "concept":
      return snapshotConcept(tx, event.after);
    case "relation":
      return snapshotRelation(tx, event.after);
    case "note":
      return snapshotNote(tx, event.after);
    case "relationType":
      return Promise.resolve(event.after);
  }
}

/**
 * Records one change in the caller's transaction, so it commits (or rolls back) with the write:
 * who (the current actor), what, the state before (taken by the service before writing; null
 * for a create) and after (read here; null for a delete). A write that changed nothing (equal
 * before and after) records nothing. Returns the event with its record id, ready to emit.
 */
export async function recordChange<E extends ChangeEvent>(
  tx: Tx,
  event: E,
  before: Snapshot | null = null,
): Promise<E & { changeId?: number }> {
  const after = await snapshotAfter(tx, event);
  const beforeJson = before ? JSON.stringify(before) : null;
  const afterJson = after ? JSON.stringify(after) : null;
  if (beforeJson === afterJson) return event;
  const subject = (after ?? before)!;
  const slugs = new Set([...(before ? subjectsOf(event.entity, before) : [])]);
  for (const slug of subjectsOf(event.entity, subject)) slugs.add(slug);
  const row = await tx.changeRecord.create({
    data: {
      actor: currentActor().name,
      entity: event.entity,
      op: event.op,
      key: keyOf(event.entity, subject),
      before: beforeJson,
      after: afterJson,
      revertOf: reverting.get() ?? null,
      subjects: { create: [...slugs].map((slug) => ({ slug })) },
    },
    select: { id: true },
  });
  return { ...event, changeId: row.id };
}
