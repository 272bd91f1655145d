import type { Concept } from "./concept/concept.model.js";
import type { Note } from "./note/note.model.js";
import type { RelationType } from "./relation-type/relation-type.model.js";
import type { Relation } from "./relation/relation.model.js";

/** Where a change came from, when it was not made through this process. */
export interface ChangeOrigin {
  /** Made through another replica and told here by the change bus: never published again. */
  remote?: boolean;
  /** Who made it, as told by the replica that did (local changes: see currentActor()). */
  actor?: string;
}

/** What the bulk part of an import wrote, as its one change record says (counts and first keys). */
export interface ImportSummary {
  concepts: number;
  relations: number;
  notes: number;
  aliases: number;
  tags: number;
  citations: number;
  /** Sources first cited by this import. */
  sources: number;
  /** The first few concept slugs and relation keys ("source|type|target") it created. */
  firstConcepts: string[];
  firstRelations: string[];
}

/**
 * The bulk part of an import: ONE change for all the records it created. It carries them in
 * memory (never recorded) so the read index has every one when the import returns.
 */
export interface ImportEvent {
  entity: "import";
  op: "create";
  /** "import-<change id>". */
  key: string;
  summary: ImportSummary;
  /** Slugs of every concept it created or linked to (its change record's subjects). */
  subjects: string[];
  concepts: Concept[];
  relations: Relation[];
}

/**
 * One committed change: what it touched and its state after (or before, for a delete), and the
 * id of its ChangeRecord (the history and change feed entry; absent for a write that changed nothing).
 */
export type Change = (ChangeEvent | ImportEvent) & ChangeOrigin & { changeId?: number };

/** What a change touched, as services describe it before it is recorded. */
export type ChangeEvent =
  | { entity: "concept"; op: "create" | "update"; after: Concept }
  | { entity: "concept"; op: "delete"; before: Concept }
  | { entity: "relation"; op: "create" | "update"; after: Relation }
  | { entity: "relation"; op: "delete"; before: Relation }
  | { entity: "relationType"; op: "create" | "update"; after: RelationType }
  | { entity: "relationType"; op: "delete"; key: string }
  | { entity: "note"; op: "create" | "update"; after: Note }
  | { entity: "note"; op: "delete"; id: number };

export type ChangeListener = (change: Change) => void;

/**
 * The spine of committed changes: services call `emit` after a transaction commits (never before,
 * never for a failed write); read indexes subscribe. Listeners run synchronously, so a write's
 * response is sent only after every index has seen it (read-your-writes).
 */
export class ChangeFeed {
  private readonly listeners: ChangeListener[] = [];
  private waiting: { id: number; done: (reached: boolean) => void }[] = [];
  /** The newest change id told here (or found in the database when the read index loaded). */
  latest = 0;

  /** Records that every change up to `id` is in (the read index's load). */
  advance(id: number): void {
    if (id <= this.latest) return;
    this.latest = id;
    if (this.waiting.length === 0) return;
    const still = [];
    for (const w of this.waiting) {
      if (w.id <= id) w.done(true);
      else still.push(w);
    }
    this.waiting = still;
  }

  /** Resolves true once change `id` has been told here, or false after `ms`. */
  waitFor(id: number, ms: number): Promise<boolean> {
    if (id <= this.latest) return Promise.resolve(true);
    return new Promise((resolve) => {
      const entry = {
        id,
        done: (reached: boolean) => {
          clearTimeout(timer);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== entry);
        resolve(false);
      }, ms);
      this.waiting.push(entry);
    });
  }

  /** Calls `listener` with every later change; returns an unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Tells every listener about a committed change. */
  emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
    if (change.changeId != null) this.advance(change.changeId);
  }
}
