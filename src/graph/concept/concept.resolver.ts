import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { NoteType } from "../note/note.type.js";
import { AFTER_ARG, FIRST_ARG, toConnection } from "../page-info.type.js";
import { Direction, RelatedConceptType, RelationObject } from "../relation/relation.type.js";
import type { GraphContext } from "../services.js";
import { SourceReferenceType } from "../source/source.type.js";
import { AS_OF } from "../lifecycle/lifecycle.type.js";
import { ConceptFilter, ConceptInput, ConceptPatch } from "./concept.input.js";
import { ConceptConnectionType, ConceptType, DeleteConceptPayloadType } from "./concept.type.js";

const typesArg = {
  nullable: true,
  description:
    'Only relations of these type keys and the types that specialise them (unless exactType), e.g. ["implements"]; omit for all.',
} as const;

const exactArg = {
  defaultValue: false,
  description: "Match the types given exactly, not their subtypes.",
} as const;

@Resolver(() => ConceptType)
export class ConceptResolver {
  @Query(() => ConceptType, {
    nullable: true,
    description:
      "The concept with this slug (or a former slug, kept as an alias when it was renamed); null when there is none, or when it did not exist at asOf.",
  })
  async concept(
    @Arg("slug", () => String, { description: 'Slug, e.g. "etcd".' }) slug: string,
    @Arg("asOf", () => String, AS_OF) asOf: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType | null> {
    return ctx.services.lifecycle.presentAt(await ctx.services.concepts.resolve(slug), asOf);
  }

  @Query(() => ConceptType, {
    nullable: true,
    description:
      'Finds a concept by any name it is known by: slug, name or alias, case-insensitively ("master node", "API server", "vol").',
  })
  lookup(
    @Arg("name", () => String, { description: "A slug, name or alias." }) name: string,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType | null> {
    return ctx.services.concepts.lookup(name);
  }

  @Query(() => ConceptConnectionType, {
    description: "Concepts ordered by slug, filtered and paginated.",
  })
  async concepts(
    @Arg("filter", () => ConceptFilter, { nullable: true, description: "Conditions to match." })
    filter: ConceptFilter | null,
    @Arg("first", () => Int, FIRST_ARG)
    first: number | null,
    @Arg("after", () => String, AFTER_ARG)
    after: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptConnectionType> {
    return toConnection(await ctx.services.concepts.list(filter, first, after));
  }

  @FieldResolver(() => [String], { description: "Tags, sorted." })
  tags(@Root() c: ConceptType, @Ctx() ctx: GraphContext): Promise<string[]> {
    return ctx.loaders.concepts.tags.load(c.id);
  }

  @FieldResolver(() => [String], { description: "Other names it is known by, sorted." })
  aliases(@Root() c: ConceptType, @Ctx() ctx: GraphContext): Promise<string[]> {
    return ctx.loaders.concepts.aliases.load(c.id);
  }

  @FieldResolver(() => [RelationObject], { description: "Its relations, ordered by type." })
  async relations(
    @Root() c: ConceptType,
    @Arg("direction", () => Direction, {
      defaultValue: Direction.BOTH,
      description: "Which way to follow.",
    })
    direction: Direction,
    @Arg("types", () => [String], typesArg) types: string[] | null,
    @Arg("exactType", () => Boolean, exactArg) exactType: boolean,
    @Arg("asOf", () => String, AS_OF) asOf: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<RelationObject[]> {
    const relations = await ctx.loaders.relations.byConcept(direction, types, exactType).load(c.id);
    return ctx.services.lifecycle.holding(relations, asOf);
  }

  @FieldResolver(() => [RelatedConceptType], {
    description:
      "Its neighbours, each with the relation read from this concept's side (inverse labels for incoming relations).",
  })
  related(
    @Root() c: ConceptType,
    @Arg("direction", () => Direction, {
      defaultValue: Direction.BOTH,
      description: "Which way to follow.",
    })
    direction: Direction,
    @Arg("types", () => [String], typesArg) types: string[] | null,
    @Arg("exactType", () => Boolean, exactArg) exactType: boolean,
    @Ctx() ctx: GraphContext,
  ): RelatedConceptType[] {
    return ctx.services.traversal.related(
      c.id,
      direction,
      types,
      exactType,
    ) as RelatedConceptType[];
  }

  @FieldResolver(() => [NoteType], { description: "Notes on it, oldest first." })
  notes(@Root() c: ConceptType, @Ctx() ctx: GraphContext): Promise<NoteType[]> {
    return ctx.loaders.notes.byConcept.load(c.id);
  }

  @FieldResolver(() => [SourceReferenceType], { description: "Where what it says comes from." })
  sources(@Root() c: ConceptType, @Ctx() ctx: GraphContext): Promise<SourceReferenceType[]> {
    return ctx.loaders.sources.byConcept.load(c.id);
  }

  @Mutation(() => ConceptType, {
    description: "Creates a concept. CONFLICT when the slug or an alias is taken.",
  })
  createConcept(
    @Arg("input", () => ConceptInput, { description: "The new concept." }) input: ConceptInput,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType> {
    return ctx.services.concepts.create(input);
  }

  @Mutation(() => ConceptType, {
    description: "Changes the given fields of a concept. NOT_FOUND for an unknown slug.",
  })
  updateConcept(
    @Arg("slug", () => String, { description: "Slug of the concept to change." }) slug: string,
    @Arg("input", () => ConceptPatch, { description: "Fields to change." }) input: ConceptPatch,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType> {
    return ctx.services.concepts.update(slug, input);
  }

  @Mutation(() => ConceptType, {
    description:
      "Creates the concept, or updates it with the fields given (aliases and sources are added): idempotent ingestion.",
  })
  upsertConcept(
    @Arg("input", () => ConceptInput, { description: "The concept as it should be." })
    input: ConceptInput,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType> {
    return ctx.services.concepts.upsert(input);
  }

  @Mutation(() => ConceptType, {
    description:
      "Gives a concept a new slug; the old slug stays valid as an alias. CONFLICT when the new one is taken.",
  })
  renameConcept(
    @Arg("slug", () => String, { description: "Its current slug." }) slug: string,
    @Arg("newSlug", () => String, { description: "The new kebab-case slug." }) newSlug: string,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType> {
    return ctx.services.concepts.rename(slug, newSlug);
  }

  @Mutation(() => DeleteConceptPayloadType, {
    description:
      "Deletes a concept with its aliases and notes. CONFLICT while it has relations, unless cascade: true removes them (and their notes) too.",
  })
  deleteConcept(
    @Arg("slug", () => String, { description: "Slug of the concept to delete." }) slug: string,
    @Arg("cascade", () => Boolean, {
      defaultValue: false,
      description: "Also delete its relations and their notes.",
    })
    cascade: boolean,
    @Ctx() ctx: GraphContext,
  ): Promise<DeleteConceptPayloadType> {
    return ctx.services.concepts.delete(slug, cascade);
  }

  @Mutation(() => ConceptType, {
    description:
      "Adds another name to a concept. CONFLICT when the name already belongs to a concept.",
  })
  addAlias(
    @Arg("slug", () => String, { description: "Slug of the concept." }) slug: string,
    @Arg("alias", () => String, { description: 'The other name, e.g. "api server".' })
    alias: string,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType> {
    return ctx.services.concepts.addAlias(slug, alias);
  }

  @Mutation(() => ConceptType, {
    description: "Removes one of a concept's aliases. NOT_FOUND when it has no such alias.",
  })
  removeAlias(
    @Arg("slug", () => String, { description: "Slug of the concept." }) slug: string,
    @Arg("alias", () => String, { description: "The alias to remove (case-insensitive)." })
    alias: string,
    @Ctx() ctx: GraphContext,
  ): Promise<ConceptType> {
    return ctx.services.concepts.removeAlias(slug, alias);
  }
}
