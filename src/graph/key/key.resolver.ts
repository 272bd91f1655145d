import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphContext } from "../services.js";
import { ActorType, ApiKeyInputType, ApiKeyType, CreatedApiKeyType } from "./key.type.js";

@Resolver(() => ApiKeyType)
export class KeyResolver {
  @Query(() => [ApiKeyType], {
    description: "Every API key, revoked ones included (admin only). Secrets are never shown.",
  })
  apiKeys(@Ctx() ctx: GraphContext): Promise<ApiKeyType[]> {
    return ctx.services.keys.list();
  }

  @Query(() => ActorType, {
    description: "Who this request runs as: check that the playground sends your key.",
  })
  whoami(@Ctx() ctx: GraphContext): ActorType {
    return ctx.services.keys.whoami();
  }

  @Mutation(() => CreatedApiKeyType, {
    description:
      "Creates an API key (admin only); the answer holds its secret, shown only this once.",
  })
  createApiKey(
    @Arg("input", () => ApiKeyInputType, { description: "Name and role of the key." })
    input: ApiKeyInputType,
    @Ctx() ctx: GraphContext,
  ): Promise<CreatedApiKeyType> {
    return ctx.services.keys.create(input);
  }

  @Mutation(() => ApiKeyType, {
    description: "Revokes an API key (admin only): it is refused from the next request on.",
  })
  revokeApiKey(
    @Arg("name", () => String, { description: "Name of the key." }) name: string,
    @Ctx() ctx: GraphContext,
  ): Promise<ApiKeyType> {
    return ctx.services.keys.revoke(name);
  }
}
