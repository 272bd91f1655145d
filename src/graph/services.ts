import type { Config } from "../config.js";
import type { SearchSql } from "../db/search.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { ChangeFeed } from "./changes.js";
import { ConceptService } from "./concept/concept.service.js";
import type { Tx } from "./db-types.js";
import { HistoryService } from "./history/history.service.js";
import { KeyService } from "./key/key.service.js";
import { LiveService } from "./live/live.service.js";
import { NoteService } from "./note/note.service.js";
import { RelationTypeService } from "./relation-type/relation-type.service.js";
import { RelationService } from "./relation/relation.service.js";
import { SearchService } from "./search/search.service.js";
import { createSourceLoaders, listSources } from "./source/source.service.js";
import { BulkService } from "./transfer/bulk.service.js";
import { GraphDataService } from "./transfer/graph-data.service.js";
import { TransactionRunner } from "./transfer/transaction.js";
import { GraphIndex } from "./traversal/graph-index.js";
import { createIndexLoaders } from "./traversal/index-loaders.js";
import { TraversalService } from "./traversal/traversal.service.js";

/**
 * The write and lookup services over one Prisma client, or over one transaction joined as if it
 * were a client. Without an `index` every read goes to the database (as it must inside a
 * transaction, to see its own writes).
 */
export function buildCoreServices(
  prisma: PrismaClient,
  config: Config,
  changes: ChangeFeed,
  index?: GraphIndex,
) {
  return {
    concepts: new ConceptService(prisma, config, changes, index),
    relationTypes: new RelationTypeService(prisma, changes),
    relations: new RelationService(prisma, config, changes),
    notes: new NoteService(prisma, changes),
    graphData: new GraphDataService(prisma),
    bulk: new BulkService(prisma, config, changes),
    sources: {
      /** Every source with its number of citations. */
      list: () => listSources(prisma),
      createLoaders: () => createSourceLoaders(prisma),
    },
  };
}

export type CoreServices = ReturnType<typeof buildCoreServices>;

/**
 * A client whose `$transaction(fn)` runs `fn` inside the caller's transaction `tx`: services built
 * on it take part in that transaction instead of opening their own.
 */
function joinTransaction(tx: Tx): PrismaClient {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === "$transaction") return (fn: (t: Tx) => unknown) => fn(tx);
      return Reflect.get(target, prop, target) as unknown;
    },
  }) as unknown as PrismaClient;
}

/**
 * Every domain service, built once per app over one Prisma client (and the database's search,
 * `Db.search`). Writes go through the services and emit committed changes on `changes`; the
 * graph index follows them. Call `index.load(prisma)` before serving. `transactions` runs many
 * writes as one; their changes reach `changes` only once that transaction has committed.
 */
export function createServices(prisma: PrismaClient, config: Config, search: SearchSql) {
  const changes = new ChangeFeed();
  const index = new GraphIndex(changes);
  const transactions = new TransactionRunner(prisma, config, changes, (tx, feed) =>
    buildCoreServices(joinTransaction(tx), config, feed),
  );
  return {
    ...buildCoreServices(prisma, config, changes, index),
    changes,
    index,
    // After the index: a change reaches subscribers once the index has it (slugs resolve).
    live: new LiveService(changes, index),
    traversal: new TraversalService(index, config),
    search: new SearchService(search, config),
    keys: new KeyService(prisma),
    transactions,
    history: new HistoryService(prisma, config, transactions),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Builds the services and loads their read index: what every entry point (server, CLI) uses. */
export async function startServices(
  prisma: PrismaClient,
  config: Config,
  search: SearchSql,
): Promise<Services> {
  const services = createServices(prisma, config, search);
  await services.index.load(prisma);
  return services;
}

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
    history: services.history.createLoaders(),
    sources: services.sources.createLoaders(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: the services and this request's loaders. */
export interface GraphContext {
  services: Services;
  loaders: Loaders;
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
