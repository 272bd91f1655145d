import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { PageInfoType } from "../page-info.type.js";
import type { ChangeEntry, ChangeFeedPage, Entity, NoteRevision, Op } from "./history.types.js";

@ObjectType("ChangeEntry", {
  simpleResolvers: true,
  description:
    "One committed change: who made it, when, and the entity before and after (as JSON domain objects).",
})
export class ChangeEntryType implements ChangeEntry {
  @Field(() => Int, { description: "Its id; ids grow in commit order. Pass it to `revert`." })
  id!: number;

  @Field(() => Date, { description: "When it was committed." })
  at!: Date;

  @Field(() => String, {
    description: 'Who made it: the API key\'s name, or "system", "seed" or "cli".',
  })
  actor!: string;

  @Field(() => String, {
    description:
      "What it changed: concept, relation, relationType, note, or import (the bulk part of an import: one change for every record it created; `after` holds its summary).",
  })
  entity!: Entity;

  @Field(() => String, { description: "create, update or delete." })
  op!: Op;

  @Field(() => String, {
    description:
      'The entity\'s key: concept slug, relation id, relation type key, note id, or "import-<id>".',
  })
  key!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "The entity before (null for a create). A concept has its aliases and tags; before a delete, also what went with it (notes, relations and their notes).",
  })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "The entity after (null for a delete). For an import: counts of the concepts, relations, notes, aliases, tags, citations and sources it created, and its first few keys.",
  })
  after!: unknown;

  @Field(() => Int, {
    nullable: true,
    description: "The change this one undid, when it was made by `revert`.",
  })
  revertOf!: number | null;

  @Field(() => [String], {
    description:
      "Slugs of the concepts it concerns: the concept, a relation's ends, a note's. For an import only its first few (history(slug) finds it from any concept it created or linked to).",
  })
  subjects!: string[];
}

@ObjectType("ChangeEntryEdge", {
  simpleResolvers: true,
  description: "A change in a page of history, with its cursor.",
})
export class ChangeEntryEdgeType {
  @Field(() => String, { description: "Opaque position; pass it as `after`." })
  cursor!: string;

  @Field(() => ChangeEntryType, { description: "The change." })
  node!: ChangeEntryType;
}

@ObjectType("ChangeEntryConnection", {
  simpleResolvers: true,
  description: "A page of a concept's history, newest first (Relay connection).",
})
export class ChangeEntryConnectionType {
  @Field(() => [ChangeEntryEdgeType], { description: "The changes of this page." })
  edges!: ChangeEntryEdgeType[];

  @Field(() => PageInfoType, { description: "Where this page sits." })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: "How many changes concern the concept." })
  totalCount!: number;
}

@ObjectType("ChangeFeed", {
  simpleResolvers: true,
  description:
    "A page of the change feed: changes in commit order after `since`, and the cursor to poll with next.",
})
export class ChangeFeedType implements ChangeFeedPage {
  @Field(() => [ChangeEntryType], { description: "The changes, oldest first." })
  items!: ChangeEntryType[];

  @Field(() => String, {
    description:
      "Pass it as `since` next time (the same cursor when nothing was new): no change is missed or repeated.",
  })
  cursor!: string;

  @Field(() => Boolean, { description: "True when more changes are waiting: poll again at once." })
  hasMore!: boolean;
}

@ObjectType("RevertPayload", { simpleResolvers: true, description: "What `revert` did." })
export class RevertPayloadType {
  @Field(() => ChangeEntryType, { description: "The change that was undone." })
  reverted!: ChangeEntryType;

  @Field(() => [ChangeEntryType], {
    description: "The new changes that undid it, each with revertOf set.",
  })
  changes!: ChangeEntryType[];
}

@ObjectType("NoteRevision", {
  simpleResolvers: true,
  description: "One version of a note, from the change history.",
})
export class NoteRevisionType implements NoteRevision {
  @Field(() => Int, { description: "The change that wrote this version." })
  changeId!: number;

  @Field(() => Int, { description: "The note's version number." })
  version!: number;

  @Field(() => String, { description: "Its Markdown body then." })
  body!: string;

  @Field(() => String, { nullable: true, description: "Its author field then." })
  author!: string | null;

  @Field(() => Date, { description: "When this version was written." })
  at!: Date;

  @Field(() => String, { description: "Who wrote it (the actor of the change)." })
  actor!: string;
}
