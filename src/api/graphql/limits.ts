import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
  getNullableType,
  isListType,
} from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";
import type { ComplexityEstimator } from "graphql-query-complexity";
import type { Config } from "../../config.js";
import { BadRequestError, QueryLimitError } from "../../errors.js";

// Its ESM build imports graphql/index.mjs, another copy of graphql than the CommonJS one that
// type-graphql builds the schema with ("another module or realm"): load its CommonJS build.
const { getComplexity } = createRequire(import.meta.url)(
  "graphql-query-complexity",
) as typeof QueryComplexity;

/** The bounds every GraphQL document meets, on every transport (HTTP, hot lane, WebSocket). */
export interface QueryLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** The largest `first`/`limit` any field accepts; larger ones are refused by the field itself. */
  maxItems: number;
}

export const limitsOf = (config: Config): QueryLimits => ({
  maxTokens: config.maxQueryTokens,
  maxDepth: config.maxQueryDepth,
  maxAliases: config.maxQueryAliases,
  maxDirectives: config.maxQueryDirectives,
  maxCost: config.maxQueryCost,
  maxItems: Math.max(config.maxPageSize, config.maxTraversalNodes, config.maxPaths),
});

/** graphql-js's own parser options: a document of more tokens is refused while it is read. */
export const parseOptions = (limits: QueryLimits): ParseOptions => ({
  maxTokens: limits.maxTokens,
});

/** Items a list field is assumed to return when no `first` or `limit` argument says how many. */
const ASSUMED_LIST_SIZE = 10;
/** What one `__schema` costs: its answer is the whole schema, whatever it selects. */
const INTROSPECTION_COST = 1000;
/** Most fields the cost estimate visits (fragments expanded); a larger document is too complex. */
const MAX_VISITED_NODES = 10_000;

/**
 * Cost of a field: 1 plus its selection times the number of items it may return, taken from
 * `first`/`limit` when given. Connection `edges` are already counted by their `first`;
 * `__schema` costs a fixed amount (the playground needs one, a document of many is refused).
 */
const estimatorFor =
  (maxItems: number): ComplexityEstimator =>
  ({ field, args, childComplexity }) => {
    if (field.name === "__schema") return INTROSPECTION_COST;
    if (field.name === "__typename") return 0;
    const size = (args.first ?? args.limit) as number | null | undefined;
    const many =
      typeof size === "number"
        ? Math.min(Math.max(size, 1), maxItems)
        : isListType(getNullableType(field.type)) && field.name !== "edges"
          ? ASSUMED_LIST_SIZE
          : 1;
    return 1 + childComplexity * many;
  };

/** The number graphql-armor's message gives as "found N", when it gives one. */
const foundIn = (message: string) => Number(/found (\d+)/.exec(message)?.[1] ?? NaN);

/** Reports an armor rejection as our own error (its code and numbers), through Apollo's validation. */
const reject =
  (make: (found: number) => QueryLimitError) =>
  (context: ValidationContext | null, err: GraphQLError) => {
    const error = make(foundIn(err.message));
    context?.reportError(new GraphQLError(error.message, { originalError: error }));
  };

/**
 * Validation rules (graphql-armor) bounding a document's depth, aliases and directives, each
 * counted through fragments once (never re-walked per spread). Applied with graphql-js's own
 * validation on HTTP and WebSocket alike.
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true, // __schema's answer is bounded by the schema, and costed below
      onReject: [reject((found) => QueryLimitError.depth(found, limits.maxDepth))],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      allowList: [],
      onReject: [reject((found) => QueryLimitError.aliases(found, limits.maxAliases))],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [reject((found) => QueryLimitError.directives(found, limits.maxDirectives))],
    }),
  ];
}

/**
 * Measures an operation's cost with its variables (graphql-query-complexity) and throws
 * QUERY_TOO_COMPLEX over the limit; the same check for HTTP (the plugin below), the hot lane
 * and WebSocket subscriptions. Documents reach it validated, so within the limits above.
 */
export function createLimitChecker(schema: GraphQLSchema, limits: QueryLimits) {
  const estimator = estimatorFor(limits.maxItems);
  // Apollo hands the same parsed document to every request with the same query text: measure
  // it once per operation. Only numbers (first, limit) among the variables can change the cost.
  const measured = new WeakMap<DocumentNode, Map<string, number>>();
  return (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> = {},
  ): void => {
    let costs = measured.get(document);
    if (!costs) measured.set(document, (costs = new Map()));
    const numbers = Object.entries(variables).filter(([, v]) => typeof v === "number");
    const key = `${operationName ?? ""}\u0000${JSON.stringify(numbers)}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({
          schema,
          query: document,
          operationName: operationName ?? undefined,
          variables,
          estimators: [estimator],
          maxQueryNodes: MAX_VISITED_NODES,
        });
      } catch (err) {
        if (/maximum allowed number of nodes/.test((err as Error).message)) {
          throw QueryLimitError.cost(Infinity, limits.maxCost);
        }
        // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
        return;
      }
      if (costs.size < 100) costs.set(key, cost);
    }
    if (cost > limits.maxCost) throw QueryLimitError.cost(cost, limits.maxCost);
  };
}

/**
 * Refuses, before any resolver runs, operations estimated costlier than the limit, and
 * subscriptions (they need a WebSocket; over HTTP nothing would ever be delivered).
 */
export function queryLimitsPlugin(
  check: ReturnType<typeof createLimitChecker>,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName, operation }) {
          if (operation?.operation === "subscription") {
            throw new BadRequestError(
              "Subscriptions are served over WebSocket only: connect to ws://<host>/graphql with the graphql-transport-ws protocol",
            );
          }
          check(document, operationName, request.variables ?? {});
        },
      };
    },
  };
}
