import { currentActor } from "../actor.js";
import type { Change, ChangeFeed, ImportSummary } from "../changes.js";
import type { Concept } from "../concept/concept.model.js";
import type { Note } from "../note/note.model.js";
import type { RelationType } from "../relation-type/relation-type.model.js";
import type { Relation } from "../relation/relation.model.js";
import type { GraphIndex } from "../traversal/graph-index.js";
import { BadUserInputError } from "../../errors.js";

export type ChangeEntity = Change["entity"];
export type ChangeOp = Change["op"];

/** One committed change as subscribers see it. */
export interface LiveEvent {
  entity: ChangeEntity;
  op: ChangeOp;
  /** Concept slug, relation id, relation type key or note id (as in the change history). */
  key: string;
  /** The entity after the change, or before it for a delete; only the one of `entity`. */
  concept: Concept | null;
  relation: Relation | null;
  relationType: RelationType | null;
  note: Note | null;
  /** What a bulk import wrote (entity "import"), else null. */
  summary: ImportSummary | null;
  /**
   * The concepts it touches: a concept itself, a relation's ends, a note's concept or relation's
   * ends. For an import only its first few concepts (it may touch 100,000): a slug filter still
   * matches any concept it touched.
   */
  slugs: string[];
  /** Made through another replica. */
  remote: boolean;
  actor: string | null;
  /** The change-history record of this change, when history records it. */
  changeId: string | null;
  /** When this replica learnt about it. */
  at: Date;
}

/** What a subscriber wants; a missing list means "any". */
export interface LiveFilter {
  entities?: ChangeEntity[] | null;
  ops?: ChangeOp[] | null;
  slugs?: string[] | null;
}

/** Events a slow subscriber may have waiting; beyond it the subscription ends with an error. */
const MAX_QUEUE = 1000;
const MAX_FILTER_SLUGS = 100;

interface Subscriber {
  filter: { entities: Set<string> | null; ops: Set<string> | null; slugs: Set<string> | null };
  push(event: LiveEvent): void;
  end(error?: Error): void;
}

/**
 * Live updates: follows the change feed (after the read index, so slugs of new relations resolve)
 * and hands each committed change to the subscriptions whose filter matches it.
 */
export class LiveService {
  private readonly subscribers = new Set<Subscriber>();

  constructor(
    changes: ChangeFeed,
    private readonly index: GraphIndex,
  ) {
    changes.subscribe((c) => this.tell(c));
  }

  /** Subscriptions open on this process. */
  get active(): number {
    return this.subscribers.size;
  }

  /** An endless stream of the changes matching `filter`, from now on; `return()` ends it. */
  subscribe(filter: LiveFilter = {}): AsyncIterableIterator<LiveEvent> {
    const checked = checkFilter(filter);
    const queue: LiveEvent[] = [];
    let waiting: ((r: IteratorResult<LiveEvent>) => void) | null = null;
    let failWaiting: ((e: Error) => void) | null = null;
    let done = false;
    let failure: Error | null = null;
    const subscribers = this.subscribers;
    const sub: Subscriber = {
      filter: checked,
      push(event) {
        if (waiting) {
          const resolve = waiting;
          waiting = failWaiting = null;
          resolve({ value: event, done: false });
        } else if (queue.length >= MAX_QUEUE) {
          sub.end(new Error(`subscriber too slow: more than ${MAX_QUEUE} events waiting`));
        } else queue.push(event);
      },
      end(error) {
        if (done) return;
        done = true;
        subscribers.delete(sub);
        queue.length = 0;
        if (error) failure = error;
        if (error && failWaiting) failWaiting(error);
        else waiting?.({ value: undefined, done: true });
        waiting = failWaiting = null;
      },
    };
    subscribers.add(sub);
    const iterator: AsyncIterableIterator<LiveEvent> = {
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
        if (failure) {
          const err = failure;
          failure = null;
          return Promise.reject(err);
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          waiting = resolve;
          failWaiting = reject;
        });
      },
      return() {
        sub.end();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Ends every subscription (shutdown). */
  close(): void {
    for (const sub of [...this.subscribers]) sub.end();
  }

  private tell(change: Change) {
    if (this.subscribers.size === 0) return;
    const event = this.toEvent(change);
    for (const sub of this.subscribers) {
      const f = sub.filter;
      if (f.entities && !f.entities.has(event.entity)) continue;
      if (f.ops && !f.ops.has(event.op)) continue;
      if (f.slugs && !touches(change, event, f.slugs)) continue;
      sub.push(event);
    }
  }

  private toEvent(change: Change): LiveEvent {
    const base = {
      entity: change.entity,
      op: change.op,
      concept: null,
      relation: null,
      relationType: null,
      note: null,
      summary: null,
      remote: change.remote === true,
      actor: change.actor ?? (change.remote ? null : currentActor().name),
      changeId: idOf(change.changeId),
      at: new Date(),
    };
    switch (change.entity) {
      case "concept": {
        const c = change.op === "delete" ? change.before : change.after;
        return { ...base, key: c.slug, concept: c, slugs: [c.slug] };
      }
      case "relation": {
        const r = change.op === "delete" ? change.before : change.after;
        return { ...base, key: String(r.id), relation: r, slugs: this.endsOf(r) };
      }
      case "relationType": {
        const key = change.op === "delete" ? change.key : change.after.key;
        const t = change.op === "delete" ? null : change.after;
        return { ...base, key, relationType: t, slugs: [] };
      }
      case "note": {
        if (change.op === "delete") {
          // A delete carries the note's id only, unless the history adds what it was.
          const before = (change as { before?: Note }).before ?? null;
          return {
            ...base,
            key: String(change.id),
            note: before,
            slugs: before ? this.slugsOfNote(before) : [],
          };
        }
        const n = change.after;
        return { ...base, key: String(n.id), note: n, slugs: this.slugsOfNote(n) };
      }
      case "import":
        return {
          ...base,
          key: change.key,
          summary: change.summary,
          slugs: change.summary.firstConcepts,
        };
    }
  }

  private slug(id: number): string[] {
    const c = this.index.concept(id);
    return c ? [c.slug] : [];
  }

  private endsOf(r: Relation): string[] {
    return [...this.slug(r.sourceId), ...this.slug(r.targetId)];
  }

  private slugsOfNote(n: Note): string[] {
    if (n.conceptId) return this.slug(n.conceptId);
    const r = n.relationId ? this.index.relation(n.relationId) : undefined;
    return r ? this.endsOf(r) : [];
  }
}

/** Whether a change touches one of `slugs` (an import: any concept it created or linked to). */
const touches = (change: Change, event: LiveEvent, slugs: Set<string>) =>
  change.entity === "import"
    ? change.subjects.some((s) => slugs.has(s))
    : event.slugs.some((s) => slugs.has(s));

const idOf = (v: unknown): string | null =>
  typeof v === "number" || typeof v === "string" ? String(v) : null;

function checkFilter(filter: LiveFilter) {
  const set = (field: string, list: string[] | null | undefined) => {
    if (list == null) return null;
    if (list.length === 0) {
      throw new BadUserInputError(`filter.${field}`, "give at least one, or leave it out for any");
    }
    return new Set(list);
  };
  if (filter.slugs && filter.slugs.length > MAX_FILTER_SLUGS) {
    throw new BadUserInputError("filter.slugs", `at most ${MAX_FILTER_SLUGS} slugs`);
  }
  return {
    entities: set("entities", filter.entities),
    ops: set("ops", filter.ops),
    slugs: set("slugs", filter.slugs),
  };
}
