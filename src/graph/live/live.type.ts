import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { NoteType } from "../note/note.type.js";
import { RelationTypeType } from "../relation-type/relation-type.type.js";
import { RelationObject } from "../relation/relation.type.js";
import type { LiveEvent } from "./live.service.js";

/** Which kind of thing changed (values are the change history's entity names). */
export enum ChangeEntityEnum {
  CONCEPT = "concept",
  RELATION = "relation",
  RELATION_TYPE = "relationType",
  NOTE = "note",
  IMPORT = "import",
}

/** What happened to it. */
export enum ChangeOpEnum {
  CREATE = "create",
  UPDATE = "update",
  DELETE = "delete",
}

registerEnumType(ChangeEntityEnum, {
  name: "ChangeEntity",
  description: "Which kind of thing a change touched.",
  valuesConfig: {
    CONCEPT: { description: "A concept (its aliases and tags included)." },
    RELATION: { description: "A relation between two concepts." },
    RELATION_TYPE: { description: "A relation type." },
    NOTE: { description: "A note on a concept or a relation." },
    IMPORT: {
      description:
        "The bulk part of an import: one change for every concept and relation it created (see summary).",
    },
  },
});
registerEnumType(ChangeOpEnum, {
  name: "ChangeOp",
  description: "What a change did.",
  valuesConfig: {
    CREATE: { description: "Created it." },
    UPDATE: { description: "Changed it." },
    DELETE: { description: "Deleted it." },
  },
});

@InputType("GraphChangeFilter", {
  description:
    "Which changes to receive; each list left out means any. All given lists must match.",
})
export class GraphChangeFilterInput {
  /** Only these kinds of things. */
  @Field(() => [ChangeEntityEnum], {
    nullable: true,
    description: "Only these kinds of things (at least one when given).",
  })
  entities?: ChangeEntityEnum[] | null;

  /** Only these operations. */
  @Field(() => [ChangeOpEnum], {
    nullable: true,
    description: "Only these operations (at least one when given).",
  })
  ops?: ChangeOpEnum[] | null;

  /** Only changes touching these concepts. */
  @Field(() => [String], {
    nullable: true,
    description:
      "Only changes touching these concepts (at most 100 slugs): the concept itself, relations with it at either end, notes on it or on its relations. Relation types never match a slug filter.",
  })
  slugs?: string[] | null;
}

@ObjectType("GraphChange", {
  simpleResolvers: true,
  description: "One committed change to the graph, told to subscribers after it was committed.",
})
export class GraphChangeType implements LiveEvent {
  @Field(() => ChangeEntityEnum, { description: "Which kind of thing changed." })
  entity!: LiveEvent["entity"];

  @Field(() => ChangeOpEnum, { description: "What happened to it." })
  op!: LiveEvent["op"];

  @Field(() => String, {
    description: "Its key: concept slug, relation id, relation type key or note id.",
  })
  key!: string;

  @Field(() => ConceptType, {
    nullable: true,
    description: "The concept after the change (before it, for a delete), when entity is CONCEPT.",
  })
  concept!: LiveEvent["concept"];

  @Field(() => RelationObject, {
    nullable: true,
    description:
      "The relation after the change (before it, for a delete), when entity is RELATION.",
  })
  relation!: LiveEvent["relation"];

  @Field(() => RelationTypeType, {
    nullable: true,
    description:
      "The relation type after the change, when entity is RELATION_TYPE (null on delete).",
  })
  relationType!: LiveEvent["relationType"];

  @Field(() => NoteType, {
    nullable: true,
    description: "The note after the change, when entity is NOTE (null on delete: see key).",
  })
  note!: LiveEvent["note"];

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "When entity is IMPORT: what it created (counts of concepts, relations, notes, aliases, tags, citations, sources; the first few keys).",
  })
  summary!: LiveEvent["summary"];

  @Field(() => [String], {
    description:
      "Slugs of the concepts this change touches; for an IMPORT only its first few (a slugs filter matches any concept it touched).",
  })
  slugs!: string[];

  @Field(() => Boolean, { description: "True when it was made through another replica." })
  remote!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Who made it (API key name, or system), when known.",
  })
  actor!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The change-history record of this change, when there is one.",
  })
  changeId!: string | null;

  @Field(() => Date, { description: "When this server learnt about the change." })
  at!: Date;
}
