import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { SourceRefInput } from "../source/source.type.js";
import type { Note } from "./note.model.js";

@ObjectType("Note", {
  simpleResolvers: true,
  description: "Markdown attached to a concept or to a relation.",
})
export class NoteType implements Note {
  @Field(() => ID, { description: "Identifier of the note." })
  id!: number;

  conceptId!: number | null;
  relationId!: number | null;

  @Field(() => String, { description: "The note, in Markdown." })
  body!: string;

  @Field(() => String, { nullable: true, description: "Who wrote it, as they gave it." })
  author!: string | null;

  @Field(() => Int, {
    description: "Bumped on every change; pass it as expectedVersion to detect lost updates.",
  })
  version!: number;

  @Field(() => Date, { description: "When it was written." })
  createdAt!: Date;

  @Field(() => Date, { description: "When it was last changed." })
  updatedAt!: Date;
}

@InputType("NoteInput", { description: "A note to add: give exactly one of concept or relation." })
export class NoteInput {
  @Field(() => String, {
    nullable: true,
    description: 'Slug of the concept to attach it to, e.g. "etcd".',
  })
  concept?: string | null;

  @Field(() => ID, { nullable: true, description: "Id of the relation to attach it to." })
  relation?: string | null;

  @Field(() => String, {
    description: "The note in Markdown (at most 20,000 characters; no credentials).",
  })
  body!: string;

  @Field(() => String, { nullable: true, description: "Who wrote it." })
  author?: string | null;

  @Field(() => [SourceRefInput], {
    nullable: true,
    description: "Where this knowledge comes from.",
  })
  sources?: SourceRefInput[] | null;
}

@InputType("NotePatch", { description: "Fields of a note to change; omitted fields stay." })
export class NotePatch {
  @Field(() => String, { nullable: true, description: "New Markdown body." })
  body?: string | null;

  @Field(() => String, { nullable: true, description: "New author; null removes it." })
  author?: string | null;

  @Field(() => [SourceRefInput], { nullable: true, description: "Sources to add." })
  sources?: SourceRefInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "The version you read; CONFLICT if it changed since.",
  })
  expectedVersion?: number | null;
}
