import type { Concept } from "../concept/concept.model.js";
import type { Note } from "../note/note.model.js";
import type { RelationType } from "../relation-type/relation-type.model.js";
import type { Relation } from "../relation/relation.model.js";

/** Dates are Date objects when a snapshot is taken and ISO strings once read back from JSON. */
type When = Date | string;

/** A domain object as history stores it: the same fields, dates possibly read back as strings. */
type Stored<T> = Omit<T, "createdAt" | "updatedAt"> & { createdAt: When; updatedAt: When };

/** A note as history stores it: the note with the slug of its concept or its relation's ends. */
export type NoteSnapshot = Stored<Note> & {
  concept: string | null;
  relation: { id: number; source: string; type: string; target: string } | null;
};

/** A relation as history stores it; before a delete, with the notes that went with it. */
export type RelationSnapshot = Stored<Relation> & {
  source: string;
  type: string;
  target: string;
  notes?: NoteSnapshot[];
};

/** A concept as history stores it; before a delete, with its notes and relations (and theirs). */
export type ConceptSnapshot = Stored<Concept> & {
  aliases: string[];
  tags: string[];
  notes?: NoteSnapshot[];
  relations?: RelationSnapshot[];
};

export type Snapshot = ConceptSnapshot | RelationSnapshot | NoteSnapshot | RelationType;

/** "import": the one record of an import's bulk part (its `after` is an ImportSummary). */
export type Entity = "concept" | "relation" | "relationType" | "note" | "import";
export type Op = "create" | "update" | "delete";

/** One recorded change as the history service hands it out. */
export interface ChangeEntry {
  id: number;
  at: Date;
  /** Who made it: the API key's name, or "system", "seed", "cli". */
  actor: string;
  entity: Entity;
  op: Op;
  /** Concept slug, relation id, relation type key, note id, or "import-<id>". */
  key: string;
  before: unknown;
  after: unknown;
  /** The change this one reverted, if it is part of a revert. */
  revertOf: number | null;
  /** Slugs of the concepts it concerns. */
  subjects: string[];
}

/** A page of the change feed: items in id order and the cursor to poll with next. */
export interface ChangeFeedPage {
  items: ChangeEntry[];
  /** Pass as `since` next time; the same cursor when there was nothing new. */
  cursor: string;
  /** True when more changes are waiting: poll again at once. */
  hasMore: boolean;
}

/** A page of one concept's history, newest first. */
export interface HistoryPage {
  items: { cursor: string; node: ChangeEntry }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

/** One version of a note, from its history. */
export interface NoteRevision {
  changeId: number;
  version: number;
  body: string;
  author: string | null;
  at: Date;
  actor: string;
}
