import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { NoteType } from "../note/note.type.js";
import { AFTER_ARG, FIRST_ARG, toConnection } from "../page-info.type.js";
import { RelationTypeType } from "../relation-type/relation-type.type.js";
import type { GraphContext } from "../services.js";
import { SourceReferenceType } from "../source/source.type.js";
import {
  RelationConnectionType,
  RelationFilter,
  RelationInput,
  RelationObject,
  RelationPatch,
} from "./relation.type.js";

@Resolver(() => RelationObject)
export class RelationResolver {
  @Query(() => RelationObject, {
    nullable: true,
    description: "The relation with this id; null when there is none.",
  })
  relation(
    @Arg("id", () => ID, { description: "Relation id." }) id: string,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationObject | null> {
    return ctx.services.relations.get(id);
  }

  @Query(() => RelationConnectionType, {
    description:
      'Relations ordered by id, filtered and paginated, e.g. every "implements-cni" relation.',
  })
  async relations(
    @Arg("filter", () => RelationFilter, { nullable: true, description: "Conditions to match." })
    filter: RelationFilter | null,
    @Arg("first", () => Int, FIRST_ARG)
    first: number | null,
    @Arg("after", () => String, AFTER_ARG)
    after: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationConnectionType> {
    return toConnection(await ctx.services.relations.list(filter, first, after));
  }

  @FieldResolver(() => RelationTypeType, { description: "The relation's type, with its labels." })
  async type(@Root() r: RelationObject, @Ctx() ctx: GraphContext): Promise<RelationTypeType> {
    return (await ctx.loaders.relationTypes.byKey.load(r.typeKey))!;
  }

  @FieldResolver(() => ConceptType, { description: "The concept the relation goes from." })
  async source(@Root() r: RelationObject, @Ctx() ctx: GraphContext): Promise<ConceptType> {
    return (await ctx.loaders.concepts.byId.load(r.sourceId))!;
  }

  @FieldResolver(() => ConceptType, { description: "The concept the relation goes to." })
  async target(@Root() r: RelationObject, @Ctx() ctx: GraphContext): Promise<ConceptType> {
    return (await ctx.loaders.concepts.byId.load(r.targetId))!;
  }

  @FieldResolver(() => [NoteType], { description: "Notes on this relation, oldest first." })
  notes(@Root() r: RelationObject, @Ctx() ctx: GraphContext): Promise<NoteType[]> {
    return ctx.loaders.notes.byRelation.load(r.id);
  }

  @FieldResolver(() => [SourceReferenceType], { description: "Where this relation is stated." })
  sources(@Root() r: RelationObject, @Ctx() ctx: GraphContext): Promise<SourceReferenceType[]> {
    return ctx.loaders.sources.byRelation.load(r.id);
  }

  @Mutation(() => RelationObject, {
    description:
      "Creates source --type--> target. BAD_USER_INPUT for a missing concept, unknown type, wrong kind or self-loop; CONFLICT for a duplicate.",
  })
  createRelation(
    @Arg("input", () => RelationInput, { description: "The new relation." }) input: RelationInput,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationObject> {
    return ctx.services.relations.create(input);
  }

  @Mutation(() => RelationObject, {
    description:
      "Creates the relation, or updates the existing one's description and sources: idempotent ingestion.",
  })
  upsertRelation(
    @Arg("input", () => RelationInput, { description: "The relation as it should be." })
    input: RelationInput,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationObject> {
    return ctx.services.relations.upsert(input);
  }

  @Mutation(() => RelationObject, {
    description: "Changes a relation's description or adds sources.",
  })
  updateRelation(
    @Arg("id", () => ID, { description: "Relation id." }) id: string,
    @Arg("input", () => RelationPatch, { description: "Fields to change." }) input: RelationPatch,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationObject> {
    return ctx.services.relations.update(id, input);
  }

  @Mutation(() => ID, {
    description: "Deletes a relation and its notes; returns its id. NOT_FOUND for an unknown id.",
  })
  deleteRelation(
    @Arg("id", () => ID, { description: "Relation id." }) id: string,
    @Ctx() ctx: GraphContext,
  ): Promise<string> {
    return ctx.services.relations.delete(id);
  }
}
