import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import type { GraphContext } from "../services.js";
import type { Status } from "./lifecycle.model.js";
import { GraphAtType, LifecycleChangeType } from "./lifecycle-view.type.js";

const VERSIONS =
  'Both versions ("1.24", compared numerically) or both ISO dates ("2024-06"); BAD_USER_INPUT for a mix or a malformed value.';

@Resolver()
export class LifecycleResolver {
  @Query(() => GraphAtType, {
    description:
      "The graph as it was at a Kubernetes version or date: the concepts that existed then and the relations that held. Something whose first known state comes after asOf, or that was removed at or before it, is absent; entries of the other form (dates when asOf is a version) are ignored.",
  })
  graph(
    @Arg("asOf", () => String, { description: 'A version ("1.24") or an ISO date ("2024-06").' })
    asOf: string,
    @Ctx() ctx: GraphContext,
  ): GraphAtType {
    return ctx.services.lifecycle.graphAt(asOf);
  }

  @Query(() => [LifecycleChangeType], {
    description: `The lifecycle entries (of concepts and relations) after \`from\` and at or before \`to\`, in time order: what changed between two releases. ${VERSIONS}`,
  })
  changesBetween(
    @Arg("from", () => String, { description: 'Exclusive start, e.g. "1.24".' }) from: string,
    @Arg("to", () => String, { description: 'Inclusive end, e.g. "1.33".' }) to: string,
    @Ctx() ctx: GraphContext,
  ): LifecycleChangeType[] {
    return ctx.services.lifecycle.changesBetween(from, to);
  }
}

@Resolver(() => ConceptType)
export class ConceptLifecycleResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Its status at asOf (the last state entered at or before it), or its latest without asOf; null when none is known then.",
  })
  status(
    @Root() c: ConceptType,
    @Arg("asOf", () => String, { nullable: true, description: 'A version ("1.24") or a date.' })
    asOf: string | null,
    @Ctx() ctx: GraphContext,
  ): Status | null {
    return ctx.services.lifecycle.status(c, asOf);
  }

  @FieldResolver(() => [ConceptType], {
    description: 'What replaced it: the targets of its "superseded-by" relations.',
  })
  supersededBy(@Root() c: ConceptType, @Ctx() ctx: GraphContext): ConceptType[] {
    return ctx.services.lifecycle.superseding(c, "OUT");
  }

  @FieldResolver(() => [ConceptType], {
    description: 'What it replaced: the sources of "superseded-by" relations to it.',
  })
  supersedes(@Root() c: ConceptType, @Ctx() ctx: GraphContext): ConceptType[] {
    return ctx.services.lifecycle.superseding(c, "IN");
  }
}
