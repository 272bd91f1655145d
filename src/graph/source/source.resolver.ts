import { Ctx, Query, Resolver } from "type-graphql";
import type { GraphContext } from "../services.js";
import { SourceType } from "./source.type.js";

@Resolver(() => SourceType)
export class SourceResolver {
  @Query(() => [SourceType], { description: "Every source the graph cites, by URI." })
  sources(@Ctx() ctx: GraphContext): Promise<SourceType[]> {
    return ctx.services.sources.list();
  }
}
