import { Field, ObjectType } from "type-graphql";

/** Options of every connection's `first` argument. */
export const FIRST_ARG = {
  nullable: true,
  description:
    "Page size: 20 unless given, at most 100 (the server may change both: DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE).",
} as const;

/** Options of every connection's `after` argument. */
export const AFTER_ARG = {
  nullable: true,
  description: "The endCursor of the previous page.",
} as const;

@ObjectType("PageInfo", {
  simpleResolvers: true,
  description: "Where a page of a connection sits (Relay cursor pagination).",
})
export class PageInfoType {
  @Field(() => Boolean, { description: "True when more items follow the last edge of this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when this page started after a cursor." })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first edge; null on an empty page.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge: pass it as `after` to get the next page.",
  })
  endCursor!: string | null;
}

/** Turns a service page into the GraphQL connection shape. */
export function toConnection<T>(page: {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}) {
  return {
    edges: page.items,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items.at(-1)?.cursor ?? null,
    },
  };
}
