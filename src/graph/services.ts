import type { Config } from "../config.js";
import type { SearchSql } from "../db/search.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { ChangeFeed } from "./changes.js";
import { ConceptService } from "./concept/concept.service.js";
import { HistoryService, newestChangeId } from "./history/history.service.js";
import { KeyService } from "./key/key.service.js";
import { LifecycleService } from "./lifecycle/lifecycle.service.js";
import { LiveService } from "./live/live.service.js";
import { NoteService } from "./note/note.service.js";
import { RelationTypeService } from "./relation-type/relation-type.service.js";
import { RelationService } from "./relation/relation.service.js";
import { SearchService } from "./search/search.service.js";
import { createSourceLoaders, listSources } from "./source/source.service.js";
import { BulkService } from "./transfer/bulk.service.js";
import { GraphDataService } from "./transfer/graph-data.service.js";
import { GraphIndex } from "./traversal/graph-index.js";
import { createIndexLoaders } from "./traversal/index-loaders.js";
import { TraversalService } from "./traversal/traversal.service.js";
import { UnitOfWork } from "./unit-of-work.js";

/**
 * Every domain service, built once per app over one Prisma client (and the database's search,
 * `Db.search`). Every write goes through the unit of work (`work`), which emits committed changes
 * on `changes`; the graph index follows them. Call `index.load(prisma)` before serving.
 * `work.write` also runs many service calls as one transaction (imports, reverts): the calls join
 * it, and their changes reach `changes` only once it has committed.
 */
export function createServices(
  prisma: PrismaClient,
  config: Config,
  search: SearchSql,
  reader: PrismaClient = prisma,
) {
  const changes = new ChangeFeed();
  const index = new GraphIndex(changes);
  const work = new UnitOfWork(prisma, reader, config, changes);
  const lifecycle = new LifecycleService(index);
  const writers = {
    concepts: new ConceptService(work, config, index, lifecycle),
    relationTypes: new RelationTypeService(work),
    relations: new RelationService(work, config, lifecycle),
    notes: new NoteService(work),
  };
  return {
    ...writers,
    graphData: new GraphDataService(work),
    bulk: new BulkService(work, config),
    sources: {
      /** Every source with its number of citations. */
      list: () => listSources(reader),
      createLoaders: () => createSourceLoaders(reader),
    },
    work,
    changes,
    index,
    lifecycle,
    // After the index: a change reaches subscribers once the index has it (slugs resolve).
    live: new LiveService(changes, index),
    traversal: new TraversalService(index, config),
    search: new SearchService(search, config, index),
    keys: new KeyService(work),
    history: new HistoryService(reader, config, work, () => writers),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Builds the services and loads their read index: what every entry point (server, CLI) uses. */
export async function startServices(
  prisma: PrismaClient,
  config: Config,
  search: SearchSql,
  reader: PrismaClient = prisma,
): Promise<Services> {
  const services = createServices(prisma, config, search, reader);
  // Read from the primary, before the index: every change up to it is in what the index loads.
  services.changes.advance(await newestChangeId(prisma));
  await services.index.load(prisma);
  return services;
}

/**
 * Fresh per-request loaders: each batches one kind of read into one statement per tick.
 * Concepts by id, relation types and relations come from the in-memory graph index.
 */
export function createLoaders(services: Services) {
  const fromIndex = createIndexLoaders(services.index);
  return {
    concepts: { ...services.concepts.createLoaders(), byId: fromIndex.conceptsById },
    relationTypes: { byKey: fromIndex.relationTypesByKey },
    relations: {
      byId: fromIndex.relationsById,
      byConcept: fromIndex.relationsByConcept,
    },
    notes: services.notes.createLoaders(),
    history: services.history.createLoaders(),
    sources: services.sources.createLoaders(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: the services and this request's loaders. */
export interface GraphContext {
  services: Services;
  loaders: Loaders;
  /** The request's logger, when there is one (long operations tell their progress). */
  log?: { info(details: object, message: string): void };
}

/**
 * Gives `context` fresh loaders before each event of a subscription: loaders cache what they
 * read, and a subscription lives much longer than the request they are made for. A plain
 * iterator, not a generator: a generator waiting for its next event would not end on `return()`.
 */
export function withFreshLoaders<T>(
  context: GraphContext,
  events: AsyncIterableIterator<T>,
): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      const result = await events.next();
      if (!result.done) context.loaders = createLoaders(context.services);
      return result;
    },
    return: () => events.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
