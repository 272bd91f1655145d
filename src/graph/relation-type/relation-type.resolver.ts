import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphContext } from "../services.js";
import { RelationTypeInput, RelationTypePatch, RelationTypeType } from "./relation-type.type.js";

@Resolver(() => RelationTypeType)
export class RelationTypeResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Key of the type this one specialises ("implements" for "implements-cni"); null for a root.',
  })
  parentKey(@Root() t: RelationTypeType): string | null {
    return t.parent;
  }

  @FieldResolver(() => RelationTypeType, {
    nullable: true,
    description: "The type this one specialises: asking for the parent finds this one too.",
  })
  async parent(
    @Root() t: RelationTypeType,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationTypeType | null> {
    return t.parent ? ctx.loaders.relationTypes.byKey.load(t.parent) : null;
  }

  @FieldResolver(() => [RelationTypeType], {
    description: "The types that specialise this one directly, by key.",
  })
  children(@Root() t: RelationTypeType, @Ctx() ctx: GraphContext): RelationTypeType[] {
    return ctx.services.lifecycle.childTypes(t.key);
  }

  @Query(() => [RelationTypeType], { description: "Every relation type, by key." })
  relationTypes(@Ctx() ctx: GraphContext): Promise<RelationTypeType[]> {
    return ctx.services.relationTypes.list();
  }

  @Query(() => RelationTypeType, {
    nullable: true,
    description: "One relation type by key; null when absent.",
  })
  relationType(
    @Arg("key", () => String, { description: 'Key, e.g. "runs-on".' }) key: string,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationTypeType | null> {
    return ctx.services.relationTypes.get(key);
  }

  @Mutation(() => RelationTypeType, {
    description: "Adds a relation type; usable at once, without a schema change or restart.",
  })
  createRelationType(
    @Arg("input", () => RelationTypeInput, { description: "The new type." })
    input: RelationTypeInput,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationTypeType> {
    return ctx.services.relationTypes.create(input);
  }

  @Mutation(() => RelationTypeType, {
    description: "Changes labels, description or kind constraints of a relation type.",
  })
  updateRelationType(
    @Arg("key", () => String, { description: "Key of the type to change." }) key: string,
    @Arg("input", () => RelationTypePatch, { description: "Fields to change." })
    input: RelationTypePatch,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationTypeType> {
    return ctx.services.relationTypes.update(key, input);
  }

  @Mutation(() => String, {
    description:
      "Deletes an unused relation type; returns its key. CONFLICT while relations use it.",
  })
  deleteRelationType(
    @Arg("key", () => String, { description: "Key of the type to delete." }) key: string,
    @Ctx() ctx: GraphContext,
  ): Promise<string> {
    return ctx.services.relationTypes.delete(key);
  }
}
