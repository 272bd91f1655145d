import type { Config } from "../config.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { ChangeFeed } from "./changes.js";
import { ConceptService } from "./concept/concept.service.js";
import { NoteService } from "./note/note.service.js";
import { RelationTypeService } from "./relation-type/relation-type.service.js";
import { RelationService } from "./relation/relation.service.js";
import { SearchService } from "./search/search.service.js";
import { createSourceLoaders, listSources } from "./source/source.service.js";
import { GraphIndex } from "./traversal/graph-index.js";
import { createIndexLoaders } from "./traversal/index-loaders.js";
import { TraversalService } from "./traversal/traversal.service.js";

/**
 * Every domain service, built once per app over one Prisma client. Writes go through the
 * services and emit committed changes on `changes`; the graph index follows them. Call
 * `index.load(prisma)` before serving.
 */
export function createServices(prisma: PrismaClient, config: Config) {
  const changes = new ChangeFeed();
  const index = new GraphIndex(changes);
  return {
    changes,
    index,
    concepts: new ConceptService(prisma, config, changes, index),
    relationTypes: new RelationTypeService(prisma, changes),
    relations: new RelationService(prisma, config, changes),
    notes: new NoteService(prisma, changes),
    traversal: new TraversalService(index, config),
    search: new SearchService(prisma, config),
    sources: {
      /** Every source with its number of citations. */
      list: () => listSources(prisma),
      createLoaders: () => createSourceLoaders(prisma),
    },
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * Fresh per-request loaders: each batches one kind of read into one statement per tick.
 * Concepts by id, relation types and relations come from the in-memory graph index.
 */
export function createLoaders(services: Services) {
  const fromIndex = createIndexLoaders(services.index);
  const relations = services.relations.createLoaders();
  return {
    concepts: { ...services.concepts.createLoaders(), byId: fromIndex.conceptsById },
    relationTypes: { byKey: fromIndex.relationTypesByKey },
    relations: {
      ...relations,
      byId: fromIndex.relationsById,
      byConcept: fromIndex.relationsByConcept,
    },
    notes: services.notes.createLoaders(),
    sources: services.sources.createLoaders(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: the services and this request's loaders. */
export interface GraphContext {
  services: Services;
  loaders: Loaders;
}
