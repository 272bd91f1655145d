import { Field, Float, Int, ObjectType } from "type-graphql";
import { ConceptType } from "../concept/concept.type.js";
import { PageInfoType } from "../page-info.type.js";

@ObjectType("SearchHit", {
  simpleResolvers: true,
  description: "A concept found by search, with why it matched.",
})
export class SearchHitType {
  @Field(() => ConceptType, { description: "The concept." })
  concept!: ConceptType;

  @Field(() => Boolean, {
    description: "True when the text is exactly its slug, name or one of its aliases.",
  })
  exact!: boolean;

  @Field(() => [String], {
    description:
      "Which fields contain the words: slug, name, aliases, summary, description, notes.",
  })
  matched!: string[];

  @Field(() => String, {
    description:
      "The best-matching passage, HTML-escaped, with the words found wrapped in <mark>...</mark>.",
  })
  snippet!: string;

  @Field(() => Float, {
    description:
      "Relevance, higher is better: the engine's BM25 (SQLite) or ts_rank_cd (PostgreSQL) over weighted fields.",
  })
  score!: number;
}

@ObjectType("SearchEdge", {
  simpleResolvers: true,
  description: "A search hit in a page, with its cursor.",
})
export class SearchEdgeType {
  @Field(() => String, { description: "Opaque position; pass it as `after` for the next page." })
  cursor!: string;

  @Field(() => SearchHitType, { description: "The hit." })
  node!: SearchHitType;
}

@ObjectType("SearchConnection", {
  simpleResolvers: true,
  description: "A page of search hits, best first.",
})
export class SearchConnectionType {
  @Field(() => [SearchEdgeType], { description: "The hits of this page." })
  edges!: SearchEdgeType[];

  @Field(() => PageInfoType, { description: "Where this page sits." })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: "How many concepts match, across all pages." })
  totalCount!: number;
}
