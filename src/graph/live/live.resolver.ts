import { Arg, Resolver, Root, Subscription } from "type-graphql";
import { type GraphContext, withFreshLoaders } from "../services.js";
import type { LiveEvent } from "./live.service.js";
import { GraphChangeFilterInput, GraphChangeType } from "./live.type.js";

@Resolver(() => GraphChangeType)
export class LiveResolver {
  @Subscription(() => GraphChangeType, {
    description:
      "Committed changes to concepts, relations, relation types and notes, as they happen (over WebSocket, graphql-transport-ws, at /graphql). With several replicas, changes made through any of them.",
    subscribe: ({ args, context }) => {
      const ctx = context as GraphContext;
      const filter = (args as { filter?: GraphChangeFilterInput | null }).filter ?? {};
      return withFreshLoaders(ctx, ctx.services.live.subscribe(filter));
    },
  })
  graphChanged(
    @Root() event: LiveEvent,
    @Arg("filter", () => GraphChangeFilterInput, {
      nullable: true,
      description: "Which changes to receive; every change when left out.",
    })
    _filter: GraphChangeFilterInput | null,
  ): GraphChangeType {
    return event;
  }
}
