import { Field, ObjectType } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { RelationObject } from "../relation/relation.type.js";
import { LifecycleEntryType } from "./lifecycle.type.js";

@ObjectType("LifecycleChange", {
  simpleResolvers: true,
  description: "A lifecycle entry of one concept or one relation, as changesBetween lists it.",
})
export class LifecycleChangeType extends LifecycleEntryType {
  @Field(() => ConceptType, { nullable: true, description: "The concept, when it is one." })
  concept!: ConceptType | null;

  @Field(() => RelationObject, { nullable: true, description: "The relation, when it is one." })
  relation!: RelationObject | null;
}

@ObjectType("GraphAt", {
  simpleResolvers: true,
  description: "The graph as it was at one Kubernetes version or date.",
})
export class GraphAtType {
  @Field(() => String, { description: "The version or date asked for, normalised." })
  asOf!: string;

  @Field(() => [ConceptType], { description: "Concepts that existed then, by slug." })
  concepts!: ConceptType[];

  @Field(() => [RelationObject], { description: "Relations that held then, by id." })
  relations!: RelationObject[];
}
