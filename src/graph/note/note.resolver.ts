import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { RelationObject } from "../relation/relation.type.js";
import type { GraphContext } from "../services.js";
import { SourceReferenceType } from "../source/source.type.js";
import { NoteInput, NotePatch, NoteType } from "./note.type.js";

@Resolver(() => NoteType)
export class NoteResolver {
  @Query(() => NoteType, {
    nullable: true,
    description: "The note with this id; null when there is none.",
  })
  note(
    @Arg("id", () => ID, { description: "Note id." }) id: string,
    @Ctx() ctx: GraphContext,
  ): Promise<NoteType | null> {
    return ctx.services.notes.get(id);
  }

  @FieldResolver(() => ConceptType, {
    nullable: true,
    description: "The concept it is attached to, if any.",
  })
  concept(@Root() n: NoteType, @Ctx() ctx: GraphContext): Promise<ConceptType | null> {
    return n.conceptId ? ctx.loaders.concepts.byId.load(n.conceptId) : Promise.resolve(null);
  }

  @FieldResolver(() => RelationObject, {
    nullable: true,
    description: "The relation it is attached to, if any.",
  })
  relation(@Root() n: NoteType, @Ctx() ctx: GraphContext): Promise<RelationObject | null> {
    return n.relationId ? ctx.loaders.relations.byId.load(n.relationId) : Promise.resolve(null);
  }

  @FieldResolver(() => [SourceReferenceType], { description: "Where what it says comes from." })
  sources(@Root() n: NoteType, @Ctx() ctx: GraphContext): Promise<SourceReferenceType[]> {
    return ctx.loaders.sources.byNote.load(n.id);
  }

  @Mutation(() => NoteType, {
    description:
      "Adds a Markdown note to a concept or a relation. Refused (BAD_USER_INPUT) when it contains a credential.",
  })
  addNote(
    @Arg("input", () => NoteInput, { description: "The note and what it is attached to." })
    input: NoteInput,
    @Ctx() ctx: GraphContext,
  ): Promise<NoteType> {
    return ctx.services.notes.add(input);
  }

  @Mutation(() => NoteType, { description: "Changes a note's body or author, or adds sources." })
  updateNote(
    @Arg("id", () => ID, { description: "Note id." }) id: string,
    @Arg("input", () => NotePatch, { description: "Fields to change." }) input: NotePatch,
    @Ctx() ctx: GraphContext,
  ): Promise<NoteType> {
    return ctx.services.notes.update(id, input);
  }

  @Mutation(() => ID, {
    description: "Deletes a note; returns its id. NOT_FOUND for an unknown id.",
  })
  deleteNote(
    @Arg("id", () => ID, { description: "Note id." }) id: string,
    @Ctx() ctx: GraphContext,
  ): Promise<string> {
    return ctx.services.notes.delete(id);
  }
}
