import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AppError, QueryLimitError, fromStorageError } from "../../errors.js";
import { clientExtensions, safeMessage } from "../errors.js";

/** Codes Apollo itself gives to malformed requests; their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** graphql-js's parser refusing a document over `maxTokens` (see limits.ts parseOptions). */
// graphql 16 spells it "more that".
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Our own error behind `error`: thrown by a resolver or service, reported by a validation rule
 * (Apollo keeps it as the original error), a known storage error, or the parser's token limit.
 */
export function appErrorOf(error: unknown): AppError | undefined {
  const original = unwrapResolverError(error);
  const mapped = fromStorageError(original);
  if (mapped) return mapped;
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  if (cause instanceof AppError) return cause;
  const tokens = error instanceof Error ? TOKEN_LIMIT.exec(error.message) : null;
  return tokens ? QueryLimitError.tokens(Number(tokens[1])) : undefined;
}

/**
 * The one place where errors become what a client sees: our own errors and mapped storage
 * errors keep their code, field and numbers; Apollo's request errors keep their message;
 * anything unexpected is logged and hidden.
 */
export function createFormatError(log: (err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const mapped = appErrorOf(error);
    if (mapped) {
      return {
        message: safeMessage(mapped.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: clientExtensions(mapped),
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code) && formatted.path === undefined) {
      return {
        message: safeMessage(formatted.message),
        locations: formatted.locations,
        extensions: { code },
      };
    }
    log(unwrapResolverError(error));
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** HTTP status of a GraphQL response holding one of these errors (the first listed wins). */
const HTTP_STATUS: [code: string, status: number][] = [
  ["UNAUTHENTICATED", 401],
  ["FORBIDDEN", 403],
  ["RATE_LIMITED", 429],
  ["UNAVAILABLE", 503],
  ["STORAGE_FULL", 507],
];

/**
 * Gives a refused response the HTTP status REST would: 401 or 403 for who is asking, 429 for too
 * many requests, 503 or 507 when the database cannot take it.
 */
export const authStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const codes = new Set(response.body.singleResult.errors?.map((e) => e.extensions?.code));
        const hit = HTTP_STATUS.find(([code]) => codes.has(code));
        if (hit) response.http.status = hit[1];
      },
    };
  },
};
