import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { AFTER_ARG, FIRST_ARG, toConnection } from "../page-info.type.js";
import type { GraphContext } from "../services.js";
import { SearchConnectionType } from "./search.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnectionType, {
    description:
      'Ranked full-text search over names, aliases, summaries, descriptions and notes. The last word matches as a prefix ("kube-sch"); exact name and alias matches come first.',
  })
  async search(
    @Arg("text", () => String, { description: 'Words to find, e.g. "key value store".' })
    text: string,
    @Arg("kinds", () => [String], {
      nullable: true,
      description: 'Only concepts of these kinds, e.g. ["component"].',
    })
    kinds: string[] | null,
    @Arg("first", () => Int, FIRST_ARG)
    first: number | null,
    @Arg("after", () => String, AFTER_ARG)
    after: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<SearchConnectionType> {
    return toConnection(await ctx.services.search.search(text, kinds, first, after));
  }
}
