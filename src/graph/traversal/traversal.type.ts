import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { RelationObject } from "../relation/relation.type.js";

export enum StepDirection {
  FORWARD = "FORWARD",
  BACKWARD = "BACKWARD",
}

registerEnumType(StepDirection, {
  name: "StepDirection",
  description: "Which way a path step followed its relation.",
  valuesConfig: {
    FORWARD: { description: "From the relation's source to its target (read with its label)." },
    BACKWARD: {
      description: "From the relation's target to its source (read with its inverse label).",
    },
  },
});

@ObjectType("Neighborhood", {
  simpleResolvers: true,
  description: "The concepts within some hops of one concept and the relations among them.",
})
export class NeighborhoodType {
  @Field(() => ConceptType, { description: "The concept the neighbourhood is around." })
  center!: ConceptType;

  @Field(() => [ConceptType], {
    description: "The concepts reached, breadth first: the center, then one hop away, then two...",
  })
  nodes!: ConceptType[];

  @Field(() => [RelationObject], {
    description: "Every relation (of the requested types) between two of the nodes, by id.",
  })
  edges!: RelationObject[];

  @Field(() => Boolean, {
    description: "True when the node limit cut the answer: more concepts lie within the depth.",
  })
  truncated!: boolean;
}

@ObjectType("PathStep", {
  simpleResolvers: true,
  description: "One hop of a path: a relation followed one way.",
})
export class PathStepType {
  @Field(() => ConceptType, { description: "The concept the step starts from." })
  from!: ConceptType;

  @Field(() => ConceptType, { description: "The concept the step reaches." })
  concept!: ConceptType;

  @Field(() => RelationObject, { description: "The relation followed (its sources say why)." })
  relation!: RelationObject;

  @Field(() => StepDirection, { description: "FORWARD along the relation, or BACKWARD against." })
  direction!: "FORWARD" | "BACKWARD";

  @Field(() => String, {
    description:
      'The relation read the way it was travelled: its label forward ("routes to"), its inverse label backward ("exposed by").',
  })
  label!: string;
}

@ObjectType("Path", {
  simpleResolvers: true,
  description: "An ordered chain of relations from one concept to another.",
})
export class PathType {
  @Field(() => ConceptType, { description: "Where the path starts." })
  from!: ConceptType;

  @Field(() => ConceptType, { description: "Where the path ends." })
  to!: ConceptType;

  @Field(() => Int, { description: "Number of steps." })
  length!: number;

  @Field(() => [PathStepType], { description: "The steps, in order." })
  steps!: PathStepType[];

  @Field(() => String, {
    description: 'The path as a sentence, e.g. "Ingress routes to Service, Service exposes Pod".',
  })
  text!: string;
}

@ObjectType("KindCount", { simpleResolvers: true, description: "How many concepts have one kind." })
export class KindCountType {
  @Field(() => String, { description: "The kind." })
  kind!: string;

  @Field(() => Int, { description: "Number of concepts of that kind." })
  count!: number;
}

@ObjectType("RelationTypeCount", {
  simpleResolvers: true,
  description: "How many relations have one type.",
})
export class RelationTypeCountType {
  @Field(() => String, { description: "The relation type key." })
  type!: string;

  @Field(() => String, { description: "Its label." })
  label!: string;

  @Field(() => Int, { description: "Number of relations of that type." })
  count!: number;
}

@ObjectType("GraphStats", { simpleResolvers: true, description: "Counts over the whole graph." })
export class GraphStatsType {
  @Field(() => Int, { description: "Number of concepts." })
  concepts!: number;

  @Field(() => Int, { description: "Number of relations." })
  relations!: number;

  @Field(() => Int, { description: "Number of relation types." })
  relationTypes!: number;

  @Field(() => [KindCountType], { description: "Concepts per kind, most common first." })
  byKind!: KindCountType[];

  @Field(() => [RelationTypeCountType], {
    description: "Relations per type (every type, unused ones with 0), most common first.",
  })
  byRelationType!: RelationTypeCountType[];
}
