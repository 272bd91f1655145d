import { AppError } from "../../errors.js";
import { checkAliasNotOwn, checkConceptCreate } from "../../graph/concept/concept.rules.js";
import { checkRelationEnds, checkRelationInput } from "../../graph/relation/relation.rules.js";
import {
  type CheckedSourceRef,
  type SourceRefInput,
  titleRequired,
} from "../../graph/source/source.service.js";
import type { Services } from "../../graph/services.js";
import { checkNoteFields } from "../../graph/note/note.rules.js";
import type {
  BulkConcept,
  BulkNote,
  BulkRelation,
  StoredEnd,
} from "../../graph/transfer/bulk.service.js";
import type { CitationRecord } from "../../graph/transfer/graph-data.js";
import { LIMITS, checkText, foldKey } from "../../graph/validation.js";
import type { ImportBatch, ImportConcept, ImportNote } from "./records.js";
import { toSlug } from "./records.js";

/** What the bulk path did with one record: created it, or (skipInvalid) left it out, and why. */
export type BulkDone = { status: "created" } | { status: "skipped"; problem: string };

/** What the bulk path did with the records it took, by their index in the batch. */
export interface BulkOutcome {
  concepts: Map<number, BulkDone>;
  relations: Map<number, BulkDone>;
  notes: Map<number, BulkDone>;
}

const CREATED: BulkDone = { status: "created" };

interface Context {
  s: Services;
  batch: ImportBatch;
  skipInvalid: boolean;
  refs(sources: CitationRecord[]): SourceRefInput[];
}

/** A folded key as a slug would read it: "kube-proxy" -> "kube proxy". */
const slugKey = (slug: string) => slug.replace(/-/g, " ");

/** Counts how many records claim each key. */
const count = (map: Map<string, number>, keys: Iterable<string>) => {
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
};

/**
 * The aliases a new concept would get through the per-record path, or null when some would be
 * refused or reported there (then it takes that path, which reports them exactly as before).
 */
function aliasesOf(c: ImportConcept): string[] | null {
  const r = c.record;
  if (c.mode === "replace") {
    const seen = new Set<string>();
    return r.aliases.filter((a) => {
      const k = foldKey(a);
      return seen.has(k) ? false : (seen.add(k), true);
    });
  }
  // Merge mode adds aliases one by one, leaving out (and reporting) those it cannot add.
  const fresh = r.aliases.filter(
    (a) => a.toLowerCase() !== r.name.toLowerCase() && toSlug(a) !== r.slug,
  );
  const seen = new Set<string>();
  for (const a of fresh) {
    try {
      checkText("alias", a, { max: LIMITS.alias, required: true });
      checkAliasNotOwn(r, a.trim(), "alias");
    } catch {
      return null;
    }
    if (seen.has(foldKey(a))) return null;
    seen.add(foldKey(a));
  }
  return fresh.map((a) => a.trim());
}

/**
 * Writes in bulk the batch's records that are certainly new and independent of the rest: concepts
 * whose slug is neither stored nor repeated and whose lookup name and aliases meet no other name;
 * relations given once between such concepts or stored ones the batch does not replace (not
 * stored already); notes given once on what this import creates. Each is validated with the services' own rules first.
 * Everything else is left to the per-record path, which runs after it in the same transaction.
 */
export async function applyBulk(ctx: Context): Promise<BulkOutcome> {
  const { s, batch } = ctx;
  const outcome: BulkOutcome = { concepts: new Map(), relations: new Map(), notes: new Map() };
  const refuse = (origin: string, err: unknown): BulkDone => {
    if (!(err instanceof AppError)) throw err;
    if (!ctx.skipInvalid) throw new AppError(err.code, `${origin}: ${err.message}`, err.field);
    return { status: "skipped", problem: `${origin}: ${err.message}` };
  };

  const slugCount = new Map<string, number>();
  count(
    slugCount,
    batch.concepts.map((c) => c.record.slug),
  );
  const aliases = batch.concepts.map(aliasesOf);
  const lookups = batch.concepts.map((c) =>
    c.mode === "merge" && c.lookupName ? foldKey(c.lookupName) : null,
  );
  // Names and slugs each concept goes by, and the keys its aliases and lookup name reach for.
  const own = batch.concepts.map((c) => new Set([foldKey(c.record.name), slugKey(c.record.slug)]));
  const reach = batch.concepts.map(
    (c, i) => new Set([...c.record.aliases.map(foldKey), ...(lookups[i] ? [lookups[i]] : [])]),
  );
  const ownCount = new Map<string, number>();
  const reachCount = new Map<string, number>();
  own.forEach((k) => count(ownCount, k));
  reach.forEach((k) => count(reachCount, k));

  const ends = [
    ...batch.concepts.map((c) => c.record.slug),
    ...batch.relations.flatMap((r) => [r.record.source, r.record.target]),
  ];
  const [stored, taken, sourceIds, types] = await Promise.all([
    s.bulk.conceptsBySlug(ends),
    s.bulk.takenKeys([...reachCount.keys()]),
    s.bulk.sourceIds(batch.sources.map((x) => x.uri).concat(citedUris(batch))),
    s.bulk.typeRules(),
  ]);
  const checkTitles = (refs: CheckedSourceRef[]) =>
    refs.forEach((ref, i) => {
      if (!ref.title && !sourceIds.has(ref.uri)) {
        throw titleRequired(`input.sources[${i}].title`, ref.uri);
      }
    });

  const concepts: BulkConcept[] = [];
  const created = new Map<string, StoredEnd>();
  batch.concepts.forEach((c, i) => {
    const r = c.record;
    if (slugCount.get(r.slug)! > 1 || stored.has(r.slug) || aliases[i] === null) return;
    const mine = own[i]!;
    const reached = reach[i]!;
    const free = [...reached].every(
      (k) =>
        !taken.has(k) &&
        reachCount.get(k) === 1 &&
        (ownCount.get(k) ?? 0) - (mine.has(k) ? 1 : 0) === 0,
    );
    const unclaimed = [...mine].every(
      (k) => (reachCount.get(k) ?? 0) - (reached.has(k) ? 1 : 0) === 0,
    );
    if (!free || !unclaimed) return;
    try {
      const strict = c.mode === "replace";
      const data = checkConceptCreate(
        { ...r, aliases: strict ? r.aliases : [], sources: ctx.refs(r.sources) },
        "input",
      );
      let keep = aliases[i]!;
      if (strict) {
        // As the service's create: repeats left out, the concept's own name or slug refused.
        const seenKeys = new Set<string>();
        keep = [];
        data.aliases.forEach((a, k) => {
          const key = foldKey(a);
          if (seenKeys.has(key)) return;
          seenKeys.add(key);
          checkAliasNotOwn(data, a, `input.aliases[${k}]`);
          keep.push(a);
        });
      }
      checkTitles(data.sources);
      concepts.push({ data, aliases: keep });
      created.set(data.slug, { id: 0, slug: data.slug, kind: data.kind });
      outcome.concepts.set(i, CREATED);
    } catch (err) {
      outcome.concepts.set(i, refuse(c.origin, err));
    }
  });

  // A stored concept the batch merges into keeps its slug, id and kind (a merge adds text, tags,
  // aliases and sources only), so relations may end at it in bulk; one it replaces may change kind
  // or lifecycle first, and one it merges under another name is found record by record.
  const replaced = new Set(
    batch.concepts.filter((c) => c.mode !== "merge").map((c) => c.record.slug),
  );
  const endOf = (slug: string) =>
    created.get(slug) ?? (replaced.has(slug) ? undefined : stored.get(slug));
  // Between two stored concepts a relation may be stored already: those take the per-record path.
  const storedEnds = (r: { source: string; target: string }) =>
    !created.has(r.source) && !created.has(r.target);
  const between = batch.relations.flatMap(({ record: r }) => {
    const [from, to] = [endOf(r.source), endOf(r.target)];
    return from && to && from !== to && storedEnds(r)
      ? [[from.id, r.type, to.id] as [number, string, number]]
      : [];
  });
  const storedKeys = between.length ? await s.bulk.storedRelations(between, types) : new Set();
  const relations: BulkRelation[] = [];
  const createdRelations = new Set<string>();
  const seen = new Set<string>();
  batch.relations.forEach((x, j) => {
    const r = x.record;
    const source = endOf(r.source);
    const target = endOf(r.target);
    if (!source || !target || r.source === r.target) return;
    if (storedEnds(r) && storedKeys.has(`${source.id}|${r.type}|${target.id}`)) return;
    const type = types.get(r.type);
    const key = `${r.source}|${r.type}|${r.target}`;
    const reverse = `${r.target}|${r.type}|${r.source}`;
    if (seen.has(key) || (type?.symmetric && seen.has(reverse))) return;
    seen.add(key);
    try {
      const c = checkRelationInput({ ...r, sources: ctx.refs(r.sources) });
      checkRelationEnds(c, source, target, type);
      checkTitles(c.sources);
      relations.push(c);
      createdRelations.add(key);
      outcome.relations.set(j, CREATED);
    } catch (err) {
      outcome.relations.set(j, refuse(x.origin, err));
    }
  });

  // Notes on what this import creates, each (owner, body, author) once in the batch.
  const ownerOf = (n: ImportNote) =>
    n.concept != null
      ? created.has(n.concept) && n.relation == null
        ? n.concept
        : null
      : n.relation && createdRelations.has(relationKey(n.relation))
        ? relationKey(n.relation)
        : null;
  const noteKey = (n: ImportNote) =>
    JSON.stringify([n.concept, n.relation && relationKey(n.relation), n.body, n.author]);
  const noteCount = new Map<string, number>();
  count(noteCount, batch.notes.map(noteKey));
  const notes: BulkNote[] = [];
  batch.notes.forEach((n, k) => {
    if (ownerOf(n) === null || noteCount.get(noteKey(n))! > 1) return;
    try {
      const f = checkNoteFields({ ...n, sources: ctx.refs(n.sources) });
      checkTitles(f.sources);
      const relation = n.relation ? relationKey(n.relation) : null;
      notes.push({ concept: n.concept, relation, ...f });
      outcome.notes.set(k, CREATED);
    } catch (err) {
      outcome.notes.set(k, refuse(n.origin, err));
    }
  });

  if (concepts.length + relations.length + notes.length > 0) {
    await s.bulk.write(concepts, relations, notes, stored);
  }
  return outcome;
}

const relationKey = (r: { source: string; type: string; target: string }) =>
  `${r.source}|${r.type}|${r.target}`;

/** Every URI the batch's records cite. */
const citedUris = (batch: ImportBatch) => [
  ...batch.concepts.flatMap((c) => c.record.sources.map((x) => x.uri)),
  ...batch.relations.flatMap((r) => r.record.sources.map((x) => x.uri)),
  ...batch.notes.flatMap((n) => n.sources.map((x) => x.uri)),
];
