import { AppError } from "../../errors.js";
import { Breather } from "../../event-loop.js";
import type { SourceRefInput } from "../../graph/source/source.service.js";
import type { Services } from "../../graph/services.js";
import { parentsFirst } from "../../graph/relation-type/relation-type.model.js";
import type { CitationRecord } from "../../graph/transfer/graph-data.js";
import type { Work } from "../../graph/unit-of-work.js";
import {
  type ImportBatch,
  type ImportConcept,
  type ImportNote,
  type ImportRelation,
  type Redaction,
  toSlug,
} from "./records.js";
import { type BulkDone, type BulkOutcome, applyBulk } from "./bulk-plan.js";

export type ItemStatus = "created" | "updated" | "unchanged" | "skipped";

export interface ImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Record by record, in input order, at most IMPORT_REPORT_MAX_ITEMS of them (counts stay exact). */
  items: { kind: string; key: string; status: ItemStatus; origin: string }[];
  /** True when `items` was cut at IMPORT_REPORT_MAX_ITEMS. */
  itemsTruncated: boolean;
  /** Input left out, one line each (broken files, unknown links, refused records). */
  problems: string[];
  /** Credentials removed before anything was stored, and where each was found. */
  redactions: Redaction[];
}

export interface ApplyOptions {
  dryRun?: boolean;
  /** Leave out records that fail validation (reported) instead of importing nothing. */
  skipInvalid?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether writing `record` would leave `stored` as it is: each field it gives equals the stored
 * one (fields it leaves out, `undefined`, are kept as stored). A record re-imported from an
 * export then costs one read instead of a write and two reads; any doubt (a field shaped
 * differently) just takes the write, which reports "unchanged" all the same.
 */
const matches = <T extends object>(stored: T, record: Partial<Record<keyof T, unknown>>) =>
  (Object.keys(record) as (keyof T)[]).every(
    (f) => record[f] === undefined || (f in stored && same(record[f], stored[f])),
  );

/** Whether every citation of `records` is among `stored` (same URI and locator). */
const cited = (stored: CitationRecord[], records: CitationRecord[]) =>
  records.every((x) => stored.some((y) => y.uri === x.uri && y.locator === x.locator));

/**
 * Hands a parsed batch to the same services as the API, in ONE transaction: every record is
 * validated and credential-checked there. All or nothing, unless `skipInvalid`; a dry run rolls
 * everything back and reports what would have happened.
 */
export async function applyBatch(
  services: Services,
  batch: ImportBatch,
  opts: ApplyOptions = {},
): Promise<ImportReport> {
  return services.work.write("admin", (work) => new BatchRun(services, work, batch, opts).run(), {
    dryRun: opts.dryRun,
    long: true,
  });
}

class BatchRun {
  private readonly report: ImportReport;
  private readonly titles: Map<string, string>;
  /** Slug of an imported concept -> slug it was merged into. */
  private readonly slugs = new Map<string, string>();
  private done = 0;
  private readonly total: number;
  private readonly breather = new Breather();

  constructor(
    private readonly s: Services,
    private readonly scope: Work,
    private readonly batch: ImportBatch,
    private readonly opts: ApplyOptions,
  ) {
    this.titles = new Map(batch.sources.map((x) => [x.uri, x.title]));
    this.total =
      batch.relationTypes.length +
      batch.concepts.length +
      batch.relations.length +
      batch.notes.length;
    this.report = {
      dryRun: Boolean(opts.dryRun),
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      items: [],
      itemsTruncated: false,
      problems: [...batch.problems],
      redactions: batch.redactions,
    };
  }

  async run(): Promise<ImportReport> {
    for (const t of parentsFirst(this.batch.relationTypes, (x) => x.record)) {
      await this.item("relationType", t.record.key, t.origin, async () => {
        const before = await this.s.relationTypes.get(t.record.key);
        if (!before) {
          await this.s.relationTypes.create(t.record);
          return "created";
        }
        if (t.mode === "ensure") return "unchanged";
        const { key, ...rest } = t.record;
        const fields = Object.keys(rest) as (keyof typeof rest)[];
        if (fields.every((f) => same(rest[f], before[f]))) return "unchanged";
        await this.s.relationTypes.update(key, rest);
        return "updated";
      });
    }
    const bulk = await this.bulk();
    for (const [i, c] of this.batch.concepts.entries()) {
      const done = bulk.concepts.get(i);
      await this.item("concept", c.record.slug, c.origin, () => this.concept(c), done);
    }
    for (const [i, r] of this.batch.relations.entries()) {
      const key = `${r.record.source}|${r.record.type}|${r.record.target}`;
      const done = bulk.relations.get(i);
      await this.item("relation", key, r.origin, () => this.relation(r), done);
    }
    for (const [i, n] of this.batch.notes.entries()) {
      const owner = n.concept ?? `${n.relation?.source}|${n.relation?.type}|${n.relation?.target}`;
      await this.item("note", owner, n.origin, () => this.note(n), bulk.notes.get(i));
    }
    return this.report;
  }

  /**
   * New records in bulk (see applyBulk), when the batch is large enough: what they became, by
   * index. The rest goes record by record.
   */
  private async bulk(): Promise<BulkOutcome> {
    const { batch } = this;
    const records = batch.concepts.length + batch.relations.length + batch.notes.length;
    if (records < this.s.bulk.minRecords) {
      return { concepts: new Map(), relations: new Map(), notes: new Map() };
    }
    return applyBulk({
      s: this.s,
      batch,
      skipInvalid: Boolean(this.opts.skipInvalid),
      refs: (sources) => this.refs(sources),
    });
  }

  /**
   * Applies one record in its own savepoint (with skipInvalid), counting and reporting what
   * happened; `done` is what the bulk path did with it, when it took it.
   */
  private async item(
    kind: string,
    key: string,
    origin: string,
    fn: () => Promise<ItemStatus>,
    done?: BulkDone,
  ) {
    // Reported in input order, as if the bulk path's records had gone one by one too.
    if (done?.status === "skipped") this.report.problems.push(done.problem);
    const status = done?.status ?? (await this.attempt(origin, fn));
    this.report[status]++;
    // A merged concept is reported under the slug it was merged into.
    const shown = kind === "concept" ? this.slug(key) : key;
    if (this.report.items.length < this.s.bulk.reportMaxItems) {
      this.report.items.push({ kind, key: shown, status, origin });
    } else this.report.itemsTruncated = true;
    this.opts.onProgress?.(++this.done, this.total);
    await this.breather.breathe();
  }

  /** Runs one record, in its own savepoint with skipInvalid; a refused one is reported and skipped. */
  private async attempt(origin: string, fn: () => Promise<ItemStatus>): Promise<ItemStatus> {
    try {
      // Without skipInvalid a failure aborts the whole transaction, so no savepoint is needed.
      return await (this.opts.skipInvalid ? this.scope.savepoint(fn) : fn());
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (!this.opts.skipInvalid) {
        throw new AppError(err.code, `${origin}: ${err.message}`, err.field);
      }
      this.report.problems.push(`${origin}: ${err.message}`);
      return "skipped";
    }
  }

  private refs(sources: CitationRecord[]): SourceRefInput[] {
    return sources.map((x) => ({
      uri: x.uri,
      title: this.titles.get(x.uri) ?? null,
      locator: x.locator,
    }));
  }

  private slug(s: string) {
    return this.slugs.get(s) ?? s;
  }

  private async concept(c: ImportConcept): Promise<ItemStatus> {
    const r = c.record;
    if (c.mode === "replace") {
      // One cheap read decides "created"; the full record only when there is something to compare.
      const before = (await this.s.concepts.get(r.slug))
        ? await this.s.graphData.concept(r.slug)
        : null;
      if (before && matches(before, r)) return "unchanged";
      await this.s.concepts.upsert({ ...r, sources: this.refs(r.sources) });
      if (!before) return "created";
      return same(before, await this.s.graphData.concept(r.slug)) ? "unchanged" : "updated";
    }
    let slug = r.slug;
    if (!(await this.s.concepts.get(slug)) && c.lookupName) {
      const found = await this.s.concepts.lookup(c.lookupName);
      if (found) slug = found.slug;
    }
    this.slugs.set(r.slug, slug);
    const before = await this.s.graphData.concept(slug);
    let wrote = true;
    if (!before) {
      await this.s.concepts.create({ ...r, aliases: [], sources: this.refs(r.sources) });
    } else {
      const tags = [...new Set([...before.tags, ...r.tags])];
      const fill = {
        description: before.description || !r.description ? undefined : r.description,
        docsUrl: before.docsUrl || !r.docsUrl ? undefined : r.docsUrl,
        tags: tags.length > before.tags.length ? tags : undefined,
      };
      // Nothing to fill in and every source cited already: the update would change nothing
      // (no version, no history), so a re-import of the same text skips it and its re-read.
      wrote = Object.values(fill).some((v) => v !== undefined) || !cited(before.sources, r.sources);
      if (wrote) await this.s.concepts.update(slug, { ...fill, sources: this.refs(r.sources) });
    }
    const known = new Set(
      [...(before?.aliases ?? []), before?.name ?? r.name].map((a) => a.toLowerCase()),
    );
    const fresh = r.aliases.filter((a) => !known.has(a.toLowerCase()) && toSlug(a) !== slug);
    for (const alias of fresh) {
      try {
        await this.scope.savepoint(() => this.s.concepts.addAlias(slug, alias));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        this.report.problems.push(`${c.origin}: alias "${alias}" left out: ${err.message}`);
      }
    }
    if (!before) return "created";
    if (!wrote && fresh.length === 0) return "unchanged";
    return same(before, await this.s.graphData.concept(slug)) ? "unchanged" : "updated";
  }

  private async relation(r: ImportRelation): Promise<ItemStatus> {
    const key = {
      source: this.slug(r.record.source),
      type: r.record.type,
      target: this.slug(r.record.target),
    };
    if (r.unknownTarget && !(await this.s.concepts.get(key.target))) {
      this.report.problems.push(`${r.origin}: ${r.unknownTarget}`);
      return "skipped";
    }
    if (key.source === key.target) return "unchanged";
    const before = await this.s.graphData.relation(key);
    if (before && matches(before, { ...r.record, ...key })) return "unchanged";
    await this.s.relations.upsert({
      ...key,
      description: r.record.description ?? undefined,
      qualifiers: r.record.qualifiers,
      lifecycle: r.record.lifecycle,
      sources: this.refs(r.record.sources),
    });
    if (!before) return "created";
    return same(before, await this.s.graphData.relation(key)) ? "unchanged" : "updated";
  }

  private async note(n: ImportNote): Promise<ItemStatus> {
    let relationId: number | null = null;
    if (n.relation) {
      const key = {
        ...n.relation,
        source: this.slug(n.relation.source),
        target: this.slug(n.relation.target),
      };
      const rel = await this.s.graphData.relation(key);
      if (!rel)
        throw new AppError(
          "BAD_USER_INPUT",
          `no relation ${key.source} ${key.type} ${key.target}`,
          "relation",
        );
      relationId = rel.id;
    }
    const concept = n.concept ? this.slug(n.concept) : null;
    const existing = (
      await this.s.graphData.notesOn(
        concept ? { conceptSlug: concept } : { relationId: relationId! },
      )
    ).find((x) => x.body === n.body && x.author === n.author);
    if (!existing) {
      await this.s.notes.add({
        concept,
        relation: relationId ? String(relationId) : null,
        body: n.body,
        author: n.author,
        sources: this.refs(n.sources),
      });
      return "created";
    }
    if (same(existing.sources, n.sources)) return "unchanged";
    await this.s.notes.update(String(existing.id), { sources: this.refs(n.sources) });
    const after = (
      await this.s.graphData.notesOn(
        concept ? { conceptSlug: concept } : { relationId: relationId! },
      )
    ).find((x) => x.id === existing.id);
    return same(existing, after) ? "unchanged" : "updated";
  }
}
