import { Field, Int, ObjectType } from "type-graphql";
import { PageInfoType } from "../page-info.type.js";
import { LifecycleEntryType } from "../lifecycle/lifecycle.type.js";
import type { Concept, Scope } from "./concept.model.js";

@ObjectType("Concept", {
  simpleResolvers: true,
  description:
    "A Kubernetes concept: a component, resource, plugin, protocol, tool or idea, with its relations, notes and sources.",
})
export class ConceptType implements Concept {
  id!: number;

  @Field(() => String, {
    description:
      'Stable kebab-case identifier; the Kubernetes glossary term id where one exists, e.g. "kube-apiserver".',
  })
  slug!: string;

  @Field(() => String, { description: 'Display name, e.g. "kube-apiserver" or "Pod".' })
  name!: string;

  @Field(() => String, {
    description:
      "What sort of thing it is: component, resource, plugin, protocol, interface, technology, concept, tool, ...",
  })
  kind!: string;

  @Field(() => String, { description: "One sentence saying what it is." })
  summary!: string;

  @Field(() => String, { description: "Longer explanation in Markdown; empty when there is none." })
  description!: string;

  @Field(() => String, { nullable: true, description: "Link to its official documentation." })
  docsUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Resource kinds: "namespaced" (lives in a namespace) or "cluster" (cluster-scoped); null when it does not apply.',
  })
  scope!: Scope | null;

  @Field(() => String, {
    nullable: true,
    description: 'Resource kinds: the API group/version, e.g. "apps/v1" or (core group) "v1".',
  })
  apiVersion!: string | null;

  @Field(() => [LifecycleEntryType], {
    description: "Its states (alpha, beta, stable, deprecated, removed, ...), in order.",
  })
  lifecycle!: LifecycleEntryType[];

  @Field(() => Int, {
    description:
      "Bumped on every change; pass it as expectedVersion to refuse a write over someone else's.",
  })
  version!: number;

  @Field(() => Date, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => Date, { description: "When it was last changed." })
  updatedAt!: Date;
}

@ObjectType("ConceptEdge", {
  simpleResolvers: true,
  description: "A concept in a page, with its cursor.",
})
export class ConceptEdgeType {
  @Field(() => String, { description: "Opaque position of this concept; pass it as `after`." })
  cursor!: string;

  @Field(() => ConceptType, { description: "The concept." })
  node!: ConceptType;
}

@ObjectType("ConceptConnection", {
  simpleResolvers: true,
  description: "A page of concepts ordered by slug (Relay connection).",
})
export class ConceptConnectionType {
  @Field(() => [ConceptEdgeType], { description: "The concepts of this page." })
  edges!: ConceptEdgeType[];

  @Field(() => PageInfoType, { description: "Where this page sits." })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: "How many concepts match the filter, across all pages." })
  totalCount!: number;
}

@ObjectType("DeleteConceptPayload", {
  simpleResolvers: true,
  description: "What deleteConcept removed.",
})
export class DeleteConceptPayloadType {
  @Field(() => String, { description: "Slug of the deleted concept." })
  slug!: string;

  @Field(() => Int, { description: "Relations removed with it (only with cascade: true)." })
  deletedRelations!: number;

  @Field(() => Int, { description: "Notes removed with it: its own and those on its relations." })
  deletedNotes!: number;
}
