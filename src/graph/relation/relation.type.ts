import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { PageInfoType } from "../page-info.type.js";
import { SourceRefInput } from "../source/source.type.js";
import {
  AS_OF,
  LifecycleEntryInput,
  LifecycleEntryType,
  QualifiersInput,
  QualifiersType,
} from "../lifecycle/lifecycle.type.js";
import type { Relation } from "./relation.model.js";

export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}

registerEnumType(Direction, {
  name: "Direction",
  description: "Which way to follow relations from a concept.",
  valuesConfig: {
    OUT: {
      description: "Relations where the concept is the source (pod runs-on node, seen from pod).",
    },
    IN: {
      description: "Relations where the concept is the target (pod runs-on node, seen from node).",
    },
    BOTH: { description: "Both ways." },
  },
});

@ObjectType("Relation", {
  simpleResolvers: true,
  description: "A typed, directed edge: source --type--> target, e.g. pod runs-on node.",
})
export class RelationObject implements Omit<Relation, "id"> {
  @Field(() => ID, { description: "Identifier of the relation." })
  id!: number;

  sourceId!: number;
  targetId!: number;
  typeKey!: string;

  @Field(() => String, {
    nullable: true,
    description: "What this particular relation adds, if anything.",
  })
  description!: string | null;

  @Field(() => QualifiersType, {
    nullable: true,
    description: "When it holds (since/until), default or optional, a note; null when none.",
  })
  qualifiers!: QualifiersType | null;

  @Field(() => [LifecycleEntryType], { description: "Its states, in order." })
  lifecycle!: LifecycleEntryType[];

  @Field(() => Int, {
    description: "Bumped on every change; pass it as expectedVersion to detect lost updates.",
  })
  version!: number;

  @Field(() => Date, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => Date, { description: "When it was last changed." })
  updatedAt!: Date;
}

@ObjectType("RelatedConcept", {
  simpleResolvers: true,
  description: "A neighbour of a concept, with the relation read from that concept's side.",
})
export class RelatedConceptType {
  @Field(() => Direction, {
    description: "OUT when the concept is the relation's source, IN when it is the target.",
  })
  direction!: Direction;

  @Field(() => String, {
    description:
      'The relation read from the concept: its label going OUT ("runs on"), its inverse label coming IN ("hosts").',
  })
  label!: string;

  @Field(() => RelationObject, { description: "The relation itself." })
  relation!: RelationObject;

  @Field(() => ConceptType, { description: "The concept at the other end." })
  concept!: ConceptType;
}

@ObjectType("RelationEdge", {
  simpleResolvers: true,
  description: "A relation in a page, with its cursor.",
})
export class RelationEdgeType {
  @Field(() => String, { description: "Opaque position; pass it as `after`." })
  cursor!: string;

  @Field(() => RelationObject, { description: "The relation." })
  node!: RelationObject;
}

@ObjectType("RelationConnection", {
  simpleResolvers: true,
  description: "A page of relations ordered by id (Relay connection).",
})
export class RelationConnectionType {
  @Field(() => [RelationEdgeType], { description: "The relations of this page." })
  edges!: RelationEdgeType[];

  @Field(() => PageInfoType, { description: "Where this page sits." })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: "How many relations match the filter, across all pages." })
  totalCount!: number;
}

@InputType("RelationInput", {
  description: "A relation to create: source --type--> target, by slugs and type key.",
})
export class RelationInput {
  @Field(() => String, { description: 'Slug of the source concept, e.g. "calico".' })
  source!: string;

  @Field(() => String, { description: 'Key of the relation type, e.g. "implements-cni".' })
  type!: string;

  @Field(() => String, { description: 'Slug of the target concept, e.g. "cni".' })
  target!: string;

  @Field(() => String, {
    nullable: true,
    description: "What this particular relation adds (at most 500 characters).",
  })
  description?: string | null;

  @Field(() => QualifiersInput, { nullable: true, description: "When it holds, default, note." })
  qualifiers?: QualifiersInput | null;

  @Field(() => [LifecycleEntryInput], { nullable: true, description: "Its states, in order." })
  lifecycle?: LifecycleEntryInput[] | null;

  @Field(() => [SourceRefInput], {
    nullable: true,
    description: "Where this knowledge comes from.",
  })
  sources?: SourceRefInput[] | null;
}

@InputType("RelationPatch", { description: "Fields of a relation to change; omitted fields stay." })
export class RelationPatch {
  @Field(() => String, { nullable: true, description: "New description; null removes it." })
  description?: string | null;

  @Field(() => QualifiersInput, {
    nullable: true,
    description: "New qualifiers, replacing the old; null removes them.",
  })
  qualifiers?: QualifiersInput | null;

  @Field(() => [LifecycleEntryInput], {
    nullable: true,
    description: "New lifecycle, replacing the old ([] clears it).",
  })
  lifecycle?: LifecycleEntryInput[] | null;

  @Field(() => [SourceRefInput], { nullable: true, description: "Sources to add." })
  sources?: SourceRefInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "The version you read; CONFLICT if it changed since.",
  })
  expectedVersion?: number | null;
}

@InputType("RelationFilter", {
  description: "Narrows a list of relations; all given conditions must hold.",
})
export class RelationFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Only relations of this type key, e.g. "implements", and of the types that specialise it ("implements-cni"), unless exactType.',
  })
  type?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "With type: only that exact type, not its subtypes.",
  })
  exactType?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Only relations from the concept with this slug.",
  })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only relations to the concept with this slug.",
  })
  target?: string | null;

  @Field(() => String, AS_OF)
  asOf?: string | null;
}
