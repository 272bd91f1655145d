import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNullableType,
  isListType,
} from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";
import type { ComplexityEstimator } from "graphql-query-complexity";

// Its ESM build imports graphql/index.mjs, another copy of graphql than the CommonJS one that
// type-graphql builds the schema with ("another module or realm"): load its CommonJS build.
const { getComplexity } = createRequire(import.meta.url)(
  "graphql-query-complexity",
) as typeof QueryComplexity;

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** The largest `first`/`limit` any field accepts; larger ones are refused by the field itself. */
  maxItems: number;
}

/** Items a list field is assumed to return when no `first` or `limit` argument says how many. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Cost of a field: 1 plus its selection times the number of items it may return, taken from
 * `first`/`limit` when given. Connection `edges` are already counted by their `first`;
 * introspection is free (the playground needs it).
 */
const estimatorFor =
  (maxItems: number): ComplexityEstimator =>
  ({ field, args, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    const size = (args.first ?? args.limit) as number | null | undefined;
    const many =
      typeof size === "number"
        ? Math.min(Math.max(size, 1), maxItems)
        : isListType(getNullableType(field.type)) && field.name !== "edges"
          ? ASSUMED_LIST_SIZE
          : 1;
    return 1 + childComplexity * many;
  };

/** The deepest nesting of fields in an operation, following fragments; introspection fields are not counted. */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) {
      if (!operationName || def.name?.value === operationName) operation ??= def;
    }
  }
  const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    let max = 0;
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) continue;
        max = Math.max(max, 1 + depth(sel.selectionSet, seen));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depth(sel.selectionSet, seen));
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        max = Math.max(max, depth(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return max;
  };
  return operation ? depth(operation.selectionSet, new Set()) : 0;
}

/**
 * Measures an operation against the limits and throws QUERY_TOO_DEEP / QUERY_TOO_COMPLEX when it
 * is over; the same check for HTTP (the plugin below) and for WebSocket subscriptions.
 */
export function createLimitChecker(schema: GraphQLSchema, limits: QueryLimits) {
  const estimator = estimatorFor(limits.maxItems);
  // Apollo hands the same parsed document to every request with the same query text: measure
  // it once. Only numbers (first, limit) among the variables can change the cost.
  type Measured = { depth: number; costs: Map<string, number> };
  const measured = new WeakMap<DocumentNode, Map<string, Measured>>();
  return (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> = {},
  ): void => {
    let operations = measured.get(document);
    if (!operations) {
      operations = new Map();
      measured.set(document, operations);
    }
    let known = operations.get(operationName ?? "");
    if (!known) {
      known = { depth: operationDepth(document, operationName), costs: new Map() };
      operations.set(operationName ?? "", known);
    }
    const depth = known.depth;
    if (depth > limits.maxDepth) {
      throw new GraphQLError(
        `The query nests ${depth} levels deep; the limit is ${limits.maxDepth} (MAX_QUERY_DEPTH)`,
        {
          extensions: {
            code: "QUERY_TOO_DEEP",
            depth,
            limit: limits.maxDepth,
            http: { status: 400 },
          },
        },
      );
    }
    const key = JSON.stringify(Object.entries(variables).filter(([, v]) => typeof v === "number"));
    let cost = known.costs.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({
          schema,
          query: document,
          operationName: operationName ?? undefined,
          variables,
          estimators: [estimator],
        });
      } catch {
        // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
        return;
      }
      if (known.costs.size < 100) known.costs.set(key, cost);
    }
    if (cost > limits.maxCost) {
      throw new GraphQLError(
        `The query's estimated cost is ${cost}; the limit is ${limits.maxCost} (MAX_QUERY_COST): ask for fewer items or fields`,
        {
          extensions: {
            code: "QUERY_TOO_COMPLEX",
            cost,
            limit: limits.maxCost,
            http: { status: 400 },
          },
        },
      );
    }
  };
}

/** Refuses, before any resolver runs, operations nested deeper or estimated costlier than the limits. */
export function queryLimitsPlugin(
  check: ReturnType<typeof createLimitChecker>,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          check(document, operationName, request.variables ?? {});
        },
      };
    },
  };
}
