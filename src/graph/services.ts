import type { Config } from "../config.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { ConceptService } from "./concept/concept.service.js";
import type { Tx } from "./db-types.js";
import { NoteService } from "./note/note.service.js";
import { RelationTypeService } from "./relation-type/relation-type.service.js";
import { RelationService } from "./relation/relation.service.js";
import { createSourceLoaders, listSources } from "./source/source.service.js";
import { GraphDataService } from "./transfer/graph-data.service.js";
import { TransactionRunner } from "./transfer/transaction.js";

/** The domain services over one Prisma client (or one transaction joined as if it were a client). */
export function buildCoreServices(prisma: PrismaClient, config: Config) {
  return {
    concepts: new ConceptService(prisma, config),
    relationTypes: new RelationTypeService(prisma),
    relations: new RelationService(prisma, config),
    notes: new NoteService(prisma),
    graphData: new GraphDataService(prisma),
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

/** Every domain service, built once per app over one Prisma client, plus `transactions` to run many writes as one. */
export function createServices(prisma: PrismaClient, config: Config) {
  return {
    ...buildCoreServices(prisma, config),
    transactions: new TransactionRunner(prisma, config, (tx) =>
      buildCoreServices(joinTransaction(tx), config),
    ),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Fresh per-request loaders: each batches one kind of read into one statement per tick. */
export function createLoaders(services: CoreServices) {
  return {
    concepts: services.concepts.createLoaders(),
    relationTypes: services.relationTypes.createLoaders(),
    relations: services.relations.createLoaders(),
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
