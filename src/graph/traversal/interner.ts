import type { Concept } from "../concept/concept.model.js";
import type { LifecycleEntry } from "../lifecycle/lifecycle.model.js";
import type { Relation } from "../relation/relation.model.js";

/** Distinct short texts shared at most: past it, new ones are kept as they come. */
const MAX_TEXTS = 10_000;

/** Recent distinct timestamps remembered: past it, the table starts again empty. */
const MAX_DATES = 256;

/** The one empty lifecycle every entry without one points to (frozen: shared, never changed). */
const NO_LIFECYCLE = Object.freeze([]) as unknown as LifecycleEntry[];

/**
 * Shares, between the index's entries, the values many of them repeat: each row read from the
 * database comes with its own copy of every string and date. On 500k relations, one Date object
 * per timestamp, an empty array per lifecycle and a string per kind cost ~150 bytes an entry.
 *
 * Dates: rows written together (an import, a seed, the load in id order) carry the same few
 * timestamps one after another (a row's creation and its last update), so only recent ones are
 * kept, not every one (no table that grows with each write). Shared values must not be changed in
 * place; nothing in the app changes a Date or a lifecycle array it reads.
 */
export class Interner {
  private readonly texts = new Map<string, string>();
  private readonly dates = new Map<number, Date>();

  /** Shares the repeated values of a concept the index keeps (changed in place, returned). */
  concept(c: Concept): Concept {
    c.kind = this.text(c.kind);
    c.apiVersion = c.apiVersion && this.text(c.apiVersion);
    return this.entry(c);
  }

  /** The same for a relation; `typeKey`: the stored key of its type, when it is known. */
  relation(r: Relation, typeKey: string | undefined): Relation {
    r.typeKey = typeKey ?? r.typeKey;
    return this.entry(r);
  }

  private entry<T extends Concept | Relation>(e: T): T {
    e.lifecycle = this.lifecycle(e.lifecycle);
    e.createdAt = this.date(e.createdAt);
    e.updatedAt = this.date(e.updatedAt);
    return e;
  }

  /** The stored copy of a short, often repeated text (a kind, an API version). */
  text(s: string): string {
    const known = this.texts.get(s);
    if (known !== undefined) return known;
    if (this.texts.size < MAX_TEXTS) this.texts.set(s, s);
    return s;
  }

  /** The stored copy of a date asked for recently, else `d` (remembered). */
  date(d: Date): Date {
    const time = d.getTime();
    const known = this.dates.get(time);
    if (known) return known;
    if (this.dates.size >= MAX_DATES) this.dates.clear();
    this.dates.set(time, d);
    return d;
  }

  /** The shared empty lifecycle for one with no entry. */
  lifecycle(entries: LifecycleEntry[]): LifecycleEntry[] {
    return entries.length === 0 ? NO_LIFECYCLE : entries;
  }
}
