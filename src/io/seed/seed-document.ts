import { createHash } from "node:crypto";
import type {
  SeedCitation,
  SeedConcept,
  SeedNote,
  SeedRelation,
  SeedRelationType,
  SeedSource,
} from "../../../seed/index.js";
import type { CitationRecord, GraphData } from "../../graph/transfer/graph-data.js";
import { foldKey } from "../../graph/validation.js";

/** The seed's records (the curated graph in seed/, or a test's own). */
export interface SeedData {
  sources: SeedSource[];
  relationTypes: SeedRelationType[];
  concepts: SeedConcept[];
  relations: SeedRelation[];
  notes: SeedNote[];
}

/** Where the seed's docs paths ("/docs/...") live. */
export const DOCS_SITE = "https://kubernetes.io";

/** The concept's documentation page: its own URL, or its docs path on kubernetes.io. */
export const docsUrlOf = (c: { docsUrl?: string | null; docsPath?: string | null }) =>
  c.docsUrl ?? (c.docsPath ? `${DOCS_SITE}${c.docsPath}` : null);

/** Citations of seed records as stored: each source key resolved to its URI. */
export function citationsOf(data: SeedData) {
  const sources = new Map(data.sources.map((s) => [s.key, s]));
  return (cites: SeedCitation[] | undefined) =>
    (cites ?? []).map((c) => {
      const s = sources.get(c.source);
      if (!s) throw new Error(`seed: unknown source key "${c.source}"`);
      return { uri: s.uri, title: s.title, locator: c.locator };
    });
}

/**
 * The marks that say a seed item was applied once (and must never be applied again): one per
 * relation type, concept, alias, relation and note.
 */
export const markOf = {
  relationType: (key: string) => `relation-type:${key}`,
  concept: (slug: string) => `concept:${slug}`,
  alias: (slug: string, alias: string) => `alias:${slug}:${foldKey(alias)}`,
  relation: (r: { source: string; type: string; target: string }) =>
    `relation:${r.source}|${r.type}|${r.target}`,
  note(n: SeedNote) {
    const target = n.concept ?? n.relation?.join("|") ?? "";
    const digest = createHash("sha256").update(`${target}\n${n.body}`).digest("hex").slice(0, 16);
    return `note:${target}:${digest}`;
  },
};

/** Every mark of the seed's items, once each (two aliases may fold to one mark). */
export function allMarks(data: SeedData): string[] {
  const marks = [
    ...data.relationTypes.map((t) => markOf.relationType(t.key)),
    ...data.concepts.flatMap((c) => [
      markOf.concept(c.slug),
      ...(c.aliases ?? []).map((a) => markOf.alias(c.slug, a)),
    ]),
    ...data.relations.map(markOf.relation),
    ...data.notes.map(markOf.note),
  ];
  return [...new Set(marks)];
}

/**
 * The seed as the project's JSON export document, for an empty database: loaded by the import's
 * bulk path in a fraction of the time the item-by-item path takes.
 */
export function seedDocument(data: SeedData): GraphData & { format: string; version: number } {
  const refs = citationsOf(data);
  const cited = (cites: SeedCitation[] | undefined): CitationRecord[] =>
    refs(cites).map(({ uri, locator }) => ({ uri, locator }));
  const lifecycle = (entries: { status: string; since: string; cite?: string }[] = []) =>
    entries.map((e) => ({ status: e.status, since: e.since, cite: e.cite ?? "" }));
  return {
    format: "k8s-knowledge-graph",
    version: 1,
    sources: data.sources.map(({ uri, title }) => ({ uri, title })),
    relationTypes: data.relationTypes.map((t) => ({
      key: t.key,
      label: t.label,
      inverseLabel: t.inverseLabel,
      description: t.description,
      sourceKinds: t.sourceKinds ?? null,
      targetKinds: t.targetKinds ?? null,
      symmetric: t.symmetric ?? false,
      parent: t.parent ?? null,
    })),
    concepts: data.concepts.map((c) => ({
      slug: c.slug,
      name: c.name,
      kind: c.kind,
      summary: c.summary,
      description: c.description ?? "",
      docsUrl: docsUrlOf(c),
      scope: c.scope ?? null,
      apiVersion: c.apiVersion ?? null,
      lifecycle: lifecycle(c.lifecycle),
      tags: c.tags ?? [],
      // An alias that folds to the concept's own slug or name says nothing more (and the import
      // refuses it); the item-by-item path skips it the same way.
      aliases: (c.aliases ?? []).filter(
        (a) => ![c.slug, c.name].some((own) => foldKey(own) === foldKey(a)),
      ),
      sources: cited(c.cites),
    })),
    relations: data.relations.map((r) => ({
      source: r.source,
      type: r.type,
      target: r.target,
      description: r.description ?? null,
      qualifiers: r.qualifiers
        ? {
            since: r.qualifiers.since ?? null,
            until: r.qualifiers.until ?? null,
            isDefault: r.qualifiers.default ?? null,
            note: r.qualifiers.note ?? null,
            cite: r.qualifiers.cite ?? null,
          }
        : null,
      lifecycle: lifecycle(r.lifecycle),
      sources: cited(r.cites),
    })),
    notes: data.notes.map((n) => ({
      concept: n.concept ?? null,
      relation: n.relation
        ? { source: n.relation[0], type: n.relation[1], target: n.relation[2] }
        : null,
      body: n.body,
      author: n.author ?? "seed",
      sources: cited(n.cites),
    })),
  } as GraphData & { format: string; version: number };
}
