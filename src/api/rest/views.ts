import type { Concept } from "../../graph/concept/concept.model.js";
import type { Note } from "../../graph/note/note.model.js";
import type { Page } from "../../graph/pagination.js";
import type { Relation } from "../../graph/relation/relation.model.js";
import { type Loaders, type Services, createLoaders } from "../../graph/services.js";

/** A page as REST returns it: its items shaped by `view`, and the cursor of the next page. */
export async function pageView<T, V>(page: Page<T>, view: (node: T) => V | Promise<V>) {
  return {
    items: await Promise.all(page.items.map((e) => view(e.node))),
    totalCount: page.totalCount,
    hasNextPage: page.hasNextPage,
    endCursor: page.items.at(-1)?.cursor ?? null,
  };
}

/** A concept as REST returns it, with its tags and aliases (batched through the request's loaders). */
export async function conceptView(c: Concept, loaders: Loaders) {
  const [tags, aliases] = await Promise.all([
    loaders.concepts.tags.load(c.id),
    loaders.concepts.aliases.load(c.id),
  ]);
  return { ...c, tags, aliases };
}

/** A relation as REST returns it: ends by slug instead of internal ids. */
export async function relationView(r: Relation, loaders: Loaders) {
  const [source, target] = await Promise.all([
    loaders.concepts.byId.load(r.sourceId),
    loaders.concepts.byId.load(r.targetId),
  ]);
  return {
    id: String(r.id),
    source: source?.slug,
    type: r.typeKey,
    target: target?.slug,
    description: r.description,
    qualifiers: r.qualifiers,
    lifecycle: r.lifecycle,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** A note as REST returns it: its concept by slug, its relation by id. */
export async function noteView(n: Note, loaders: Loaders) {
  const concept = n.conceptId ? await loaders.concepts.byId.load(n.conceptId) : null;
  return {
    id: String(n.id),
    concept: concept?.slug ?? null,
    relation: n.relationId ? String(n.relationId) : null,
    body: n.body,
    author: n.author,
    version: n.version,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

/** One concept with its relations (read from its side), notes and sources. */
export async function conceptDetailView(c: Concept, services: Services) {
  const loaders = createLoaders(services);
  const [base, notes, sources] = await Promise.all([
    conceptView(c, loaders),
    loaders.notes.byConcept.load(c.id),
    loaders.sources.byConcept.load(c.id),
  ]);
  return {
    ...base,
    relations: services.traversal.related(c.id, "BOTH", null).map((r) => ({
      id: String(r.relation.id),
      type: r.relation.typeKey,
      direction: r.direction,
      label: r.label,
      concept: { slug: r.concept.slug, name: r.concept.name, kind: r.concept.kind },
    })),
    notes: await Promise.all(notes.map((n) => noteView(n, loaders))),
    sources,
  };
}
