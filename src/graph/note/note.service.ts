import DataLoader from "dataloader";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { authorize } from "../authorize.js";
import type { ChangeFeed } from "../changes.js";
import { groupBy } from "../group.js";
import { recordChange, snapshotNote } from "../history/history.record.js";
import { parseId } from "../ids.js";
import { type SourceRefInput, checkSourceRefs, cite } from "../source/source.service.js";
import { checkSlug } from "../validation.js";
import { checkAuthor, checkBody, checkNoteFields } from "./note.rules.js";

/** Markdown attached to exactly one concept or one relation. */
export interface Note {
  id: number;
  conceptId: number | null;
  relationId: number | null;
  body: string;
  author: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NoteInput {
  /** Slug of the concept to attach to. */
  concept?: string | null;
  /** Id of the relation to attach to. */
  relation?: string | null;
  body: string;
  author?: string | null;
  sources?: SourceRefInput[] | null;
}

export interface NotePatch {
  body?: string | null;
  author?: string | null;
  sources?: SourceRefInput[] | null;
  expectedVersion?: number | null;
}

const toNote = (n: Note): Note => ({
  id: n.id,
  conceptId: n.conceptId,
  relationId: n.relationId,
  body: n.body,
  author: n.author,
  version: n.version,
  createdAt: n.createdAt,
  updatedAt: n.updatedAt,
});

/** Notes on concepts and relations. */
export class NoteService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly changes: ChangeFeed,
  ) {}

  /** The note with this id, or null. */
  async get(id: string): Promise<Note | null> {
    const row = await this.prisma.note.findUnique({ where: { id: parseId("id", id) } });
    return row ? toNote(row) : null;
  }

  /** Adds a note to exactly one concept (by slug) or relation (by id). */
  async add(input: NoteInput): Promise<Note> {
    authorize("editor");
    const hasConcept = input.concept != null;
    const hasRelation = input.relation != null;
    if (hasConcept === hasRelation) {
      throw new BadUserInputError(
        "input.concept",
        "give exactly one target: a concept slug or a relation id",
      );
    }
    const { body, author, sources } = checkNoteFields(input);
    const slug = hasConcept ? checkSlug("input.concept", input.concept!) : null;
    const relationId = hasRelation ? parseId("input.relation", input.relation!) : null;
    const note = await this.prisma.$transaction(async (tx) => {
      let owner: { conceptId: number } | { relationId: number };
      if (slug) {
        const concept = await tx.concept.findUnique({ where: { slug } });
        if (!concept) throw new NotFoundError("input.concept", `No concept with slug "${slug}"`);
        owner = { conceptId: concept.id };
      } else {
        const relation = await tx.relation.findUnique({ where: { id: relationId! } });
        if (!relation)
          throw new NotFoundError("input.relation", `No relation with id ${relationId}`);
        owner = { relationId: relation.id };
      }
      const row = await tx.note.create({ data: { ...owner, body, author } });
      await cite(tx, "input.sources", { noteId: row.id }, sources);
      return recordChange(tx, { entity: "note", op: "create", after: toNote(row) });
    });
    this.changes.emit(note);
    return note.after;
  }

  /** Changes a note's body or author and adds sources. */
  async update(id: string, patch: NotePatch): Promise<Note> {
    authorize("editor");
    const noteId = parseId("id", id);
    const body = patch.body == null ? undefined : checkBody("input.body", patch.body);
    const author =
      patch.author === undefined ? undefined : checkAuthor("input.author", patch.author);
    const sources = checkSourceRefs("input.sources", patch.sources);
    const note = await this.prisma.$transaction(async (tx) => {
      const row = await tx.note.findUnique({ where: { id: noteId } });
      if (!row) throw new NotFoundError("id", `No note with id ${id}`);
      if (patch.expectedVersion != null && patch.expectedVersion !== row.version) {
        throw new ConflictError(
          "input.expectedVersion",
          `Note ${id} is at version ${row.version}, not ${patch.expectedVersion}: reload and retry`,
          { currentVersion: row.version },
        );
      }
      await cite(tx, "input.sources", { noteId }, sources);
      const before = await snapshotNote(tx, toNote(row));
      if (
        (body === undefined || body === row.body) &&
        (author === undefined || author === row.author)
      ) {
        return recordChange(tx, { entity: "note", op: "update", after: toNote(row) }, before);
      }
      const after = toNote(
        await tx.note.update({
          where: { id: noteId },
          data: { body, author, version: { increment: 1 } },
        }),
      );
      return recordChange(tx, { entity: "note", op: "update", after }, before);
    });
    this.changes.emit(note);
    return note.after;
  }

  /** Deletes a note; returns its id. */
  async delete(id: string): Promise<string> {
    authorize("editor");
    const noteId = parseId("id", id);
    const change = await this.prisma.$transaction(async (tx) => {
      const row = await tx.note.findUnique({ where: { id: noteId } });
      if (!row) throw new NotFoundError("id", `No note with id ${id}`);
      const before = await snapshotNote(tx, toNote(row));
      await tx.note.delete({ where: { id: noteId } });
      return recordChange(tx, { entity: "note", op: "delete", id: noteId }, before);
    });
    this.changes.emit(change);
    return String(noteId);
  }

  /** Per-request loaders of notes by concept id and by relation id. */
  createLoaders() {
    const load = (key: "conceptId" | "relationId") =>
      new DataLoader<number, Note[]>(async (ids) => {
        const rows = await this.prisma.note.findMany({
          where: { [key]: { in: [...ids] } },
          orderBy: { id: "asc" },
        });
        const by = groupBy(rows, (r) => r[key]);
        return ids.map((id) => (by.get(id) ?? []).map(toNote));
      });
    return { byConcept: load("conceptId"), byRelation: load("relationId") };
  }
}
