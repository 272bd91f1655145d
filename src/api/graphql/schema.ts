import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { type PubSub, buildSchema } from "type-graphql";
import { ConceptResolver } from "../../graph/concept/concept.resolver.js";
import { HistoryResolver, NoteHistoryResolver } from "../../graph/history/history.resolver.js";
import { KeyResolver } from "../../graph/key/key.resolver.js";
import {
  ConceptLifecycleResolver,
  LifecycleResolver,
} from "../../graph/lifecycle/lifecycle.resolver.js";
import { LiveResolver } from "../../graph/live/live.resolver.js";
import { NoteResolver } from "../../graph/note/note.resolver.js";
import { RelationTypeResolver } from "../../graph/relation-type/relation-type.resolver.js";
import { RelationResolver } from "../../graph/relation/relation.resolver.js";
import { SearchResolver } from "../../graph/search/search.resolver.js";
import { SourceResolver } from "../../graph/source/source.resolver.js";
import {
  ConceptDegreeResolver,
  TraversalResolver,
} from "../../graph/traversal/traversal.resolver.js";
import { ImportResolver } from "../../io/import/import.resolver.js";

export const RESOLVERS = [
  ConceptResolver,
  RelationResolver,
  RelationTypeResolver,
  NoteResolver,
  SourceResolver,
  TraversalResolver,
  ConceptDegreeResolver,
  SearchResolver,
  ImportResolver,
  HistoryResolver,
  NoteHistoryResolver,
  KeyResolver,
  LiveResolver,
  LifecycleResolver,
  ConceptLifecycleResolver,
] as const;

/**
 * type-graphql wants a PubSub as soon as there is a subscription, even when every subscription
 * brings its own `subscribe` (ours do: the live service). Topics are not used.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error("no topics: subscriptions bring their own subscribe");
  },
  subscribe() {
    throw new Error("no topics: subscriptions bring their own subscribe");
  },
};

let built: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from the domain's resolvers (once per process). */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, pubSub: NO_TOPICS });
  return built;
}

/** A schema as SDL, sorted so that the committed schema.graphql diffs cleanly. */
export const sdlOf = (schema: GraphQLSchema) => `${printSchema(lexicographicSortSchema(schema))}\n`;

/** This API's schema as SDL (schema.graphql, and what /schema.graphql serves). */
export async function printGraphSchema(): Promise<string> {
  return sdlOf(await buildGraphSchema());
}
