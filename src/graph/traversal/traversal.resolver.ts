import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { Direction } from "../relation/relation.type.js";
import type { GraphContext } from "../services.js";
import { GraphStatsType, NeighborhoodType, PathType } from "./traversal.type.js";

const typesArg = {
  nullable: true,
  description:
    'Only follow relations of these type keys and of the types that specialise them (unless exactType), e.g. ["routes-to", "exposes"].',
} as const;

const exactArg = {
  defaultValue: false,
  description: "Follow only the types given, not their subtypes.",
} as const;

@Resolver()
export class TraversalResolver {
  @Query(() => NeighborhoodType, {
    description:
      "The concepts within `depth` hops of a concept and the relations between them, ready to draw. NOT_FOUND for an unknown slug.",
  })
  neighborhood(
    @Arg("slug", () => String, { description: 'Slug of the center, e.g. "etcd".' }) slug: string,
    @Arg("depth", () => Int, {
      defaultValue: 1,
      description: "Hops to go out, 1 to MAX_TRAVERSAL_DEPTH (default 4).",
    })
    depth: number,
    @Arg("direction", () => Direction, {
      defaultValue: Direction.BOTH,
      description: "Follow outgoing relations, incoming ones, or both.",
    })
    direction: Direction,
    @Arg("types", () => [String], typesArg) types: string[] | null,
    @Arg("exactType", () => Boolean, exactArg) exactType: boolean,
    @Arg("limit", () => Int, {
      nullable: true,
      description: "Most concepts to return (default and cap: MAX_TRAVERSAL_NODES, 500).",
    })
    limit: number | null,
    @Ctx() ctx: GraphContext,
  ): NeighborhoodType {
    return ctx.services.traversal.neighborhood({ slug, depth, direction, types, exactType, limit });
  }

  @Query(() => [PathType], {
    description:
      "The shortest path between two concepts, or the `first` shortest simple paths, shortest first; [] when none is within maxDepth.",
  })
  paths(
    @Arg("from", () => String, { description: 'Slug where paths start, e.g. "ingress".' })
    from: string,
    @Arg("to", () => String, { description: 'Slug where paths end, e.g. "pod".' }) to: string,
    @Arg("maxDepth", () => Int, {
      defaultValue: 4,
      description: "Longest path, in steps (1 to MAX_TRAVERSAL_DEPTH).",
    })
    maxDepth: number,
    @Arg("types", () => [String], typesArg) types: string[] | null,
    @Arg("exactType", () => Boolean, exactArg) exactType: boolean,
    @Arg("direction", () => Direction, {
      defaultValue: Direction.BOTH,
      description: "OUT: only follow relations forward; IN: only backward; BOTH: either way.",
    })
    direction: Direction,
    @Arg("first", () => Int, {
      defaultValue: 1,
      description: "How many paths (k shortest simple paths), at most MAX_PATHS (10).",
    })
    first: number,
    @Ctx() ctx: GraphContext,
  ): PathType[] {
    return ctx.services.traversal.paths({
      from,
      to,
      maxDepth,
      types,
      exactType,
      direction,
      first,
    });
  }

  @Query(() => GraphStatsType, { description: "Counts of concepts by kind and relations by type." })
  stats(@Ctx() ctx: GraphContext): GraphStatsType {
    return ctx.services.traversal.stats();
  }
}

@Resolver(() => ConceptType)
export class ConceptDegreeResolver {
  @FieldResolver(() => Int, { description: "How many relations it has (optionally filtered)." })
  degree(
    @Root() c: ConceptType,
    @Arg("direction", () => Direction, {
      defaultValue: Direction.BOTH,
      description: "Count outgoing, incoming or both.",
    })
    direction: Direction,
    @Arg("types", () => [String], {
      nullable: true,
      description: "Only these type keys (and their subtypes, unless exactType).",
    })
    types: string[] | null,
    @Arg("exactType", () => Boolean, exactArg) exactType: boolean,
    @Ctx() ctx: GraphContext,
  ): number {
    return ctx.services.traversal.degree(c.id, direction, types, exactType);
  }
}
