import { Field, InputType, Int, ObjectType } from "type-graphql";

@ObjectType("SourceReference", {
  simpleResolvers: true,
  description: "Where a concept, relation or note came from: a source and a place in it.",
})
export class SourceReferenceType {
  @Field(() => String, { description: "Title of the source document or page." })
  title!: string;

  @Field(() => String, { description: "URI of the source (https:, urn:, ...)." })
  uri!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where in the source: a line range ("L3-L7"), a section or a URL fragment.',
  })
  locator!: string | null;
}

@ObjectType("Source", {
  simpleResolvers: true,
  description: "A document, page or file that knowledge in the graph cites.",
})
export class SourceType {
  @Field(() => String, { description: "Title of the source." })
  title!: string;

  @Field(() => String, { description: "URI of the source; unique." })
  uri!: string;

  @Field(() => Int, { description: "How many concepts, relations and notes cite it." })
  citations!: number;
}

@InputType("SourceRefInput", {
  description: "A citation to record: the source (found or created by URI) and a locator.",
})
export class SourceRefInput {
  @Field(() => String, {
    description: "URI of the source, e.g. https://kubernetes.io/docs/ or urn:....",
  })
  uri!: string;

  @Field(() => String, {
    nullable: true,
    description: "Title of the source; required the first time a URI is cited.",
  })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where in the source: a line range ("L3-L7"), a section or a URL fragment.',
  })
  locator?: string | null;
}
