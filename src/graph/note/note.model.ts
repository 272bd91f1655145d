import type { SourceRefInput } from "../source/source.service.js";

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

export const toNote = (n: Note): Note => ({
  id: n.id,
  conceptId: n.conceptId,
  relationId: n.relationId,
  body: n.body,
  author: n.author,
  version: n.version,
  createdAt: n.createdAt,
  updatedAt: n.updatedAt,
});
