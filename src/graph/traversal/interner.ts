import type { LifecycleEntry } from "../lifecycle/lifecycle.model.js";

/** Distinct short texts shared at most: past it, new ones are kept as they come. */
const MAX_TEXTS = 10_000;

/** The one empty lifecycle every entry without one points to (frozen: shared, never changed). */
const NO_LIFECYCLE = Object.freeze([]) as unknown as LifecycleEntry[];

/**
 * Shares, between the index's entries, the values many of them repeat: each row read from the
 * database comes with its own copy of every string and date. On 500k relations, one Date object
 * per timestamp, an empty array per lifecycle and a string per kind cost ~150 bytes an entry.
 *
 * Dates: rows written together (an import, a seed, the load in id order) carry the same
 * timestamp one after another, so the last date seen is kept, not every one (no table that grows
 * with each write). Shared values must not be changed in place; nothing in the app changes a
 * Date or a lifecycle array it reads.
 */
export class Interner {
  private readonly texts = new Map<string, string>();
  private lastDate: Date | null = null;

  /** The stored copy of a short, often repeated text (a kind, an API version). */
  text(s: string): string {
    const known = this.texts.get(s);
    if (known !== undefined) return known;
    if (this.texts.size < MAX_TEXTS) this.texts.set(s, s);
    return s;
  }

  /** The same date as the last one asked for, when it is equal. */
  date(d: Date): Date {
    const last = this.lastDate;
    if (last && last.getTime() === d.getTime()) return last;
    this.lastDate = d;
    return d;
  }

  /** The shared empty lifecycle for one with no entry. */
  lifecycle(entries: LifecycleEntry[]): LifecycleEntry[] {
    return entries.length === 0 ? NO_LIFECYCLE : entries;
  }
}
