import DataLoader from "dataloader";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors.js";
import type { Tx } from "../db-types.js";
import { groupBy } from "../group.js";
import { snapshotNote } from "../history/history.record.js";
import { parseId } from "../ids.js";
import { checkSourceRefs, cite } from "../source/source.service.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { checkSlug } from "../validation.js";
import { checkAuthor, checkBody, checkNoteFields } from "./note.rules.js";
import { toNote, type Note, type NoteInput, type NotePatch } from "./note.model.js";

/** Notes on concepts and relations. */
export class NoteService {
  constructor(private readonly work: UnitOfWork) {}

  /** Reads: inside a write, its transaction (to see its own writes); else the client. */
  private get prisma(): Tx {
    return this.work.db;
  }

  /** The note with this id, or null. */
  async get(id: string): Promise<Note | null> {
    const row = await this.prisma.note.findUnique({ where: { id: parseId("id", id) } });
    return row ? toNote(row) : null;
  }

  /** Adds a note to exactly one concept (by slug) or relation (by id). */
  add(input: NoteInput): Promise<Note> {
    return this.work.write("editor", async ({ tx, record }) => {
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
      return (await record({ entity: "note", op: "create", after: toNote(row) })).after;
    });
  }

  /** Changes a note's body or author and adds sources. */
  update(id: string, patch: NotePatch): Promise<Note> {
    return this.work.write("editor", async ({ tx, record }) => {
      const noteId = parseId("id", id);
      const body = patch.body == null ? undefined : checkBody("input.body", patch.body);
      const author =
        patch.author === undefined ? undefined : checkAuthor("input.author", patch.author);
      const sources = checkSourceRefs("input.sources", patch.sources);
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
        return (await record({ entity: "note", op: "update", after: toNote(row) }, before)).after;
      }
      const after = toNote(
        await tx.note.update({
          where: { id: noteId },
          data: { body, author, version: { increment: 1 } },
        }),
      );
      return (await record({ entity: "note", op: "update", after }, before)).after;
    });
  }

  /** Deletes a note; returns its id. */
  delete(id: string): Promise<string> {
    return this.work.write("editor", async ({ tx, record }) => {
      const noteId = parseId("id", id);
      const row = await tx.note.findUnique({ where: { id: noteId } });
      if (!row) throw new NotFoundError("id", `No note with id ${id}`);
      const before = await snapshotNote(tx, toNote(row));
      await tx.note.delete({ where: { id: noteId } });
      await record({ entity: "note", op: "delete", id: noteId }, before);
      return String(noteId);
    });
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
