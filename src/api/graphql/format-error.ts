import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { type AppError, fromStorageError } from "../../errors.js";

/** Codes Apollo itself gives to malformed requests; their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  // Ours, from the depth and cost limits (limits.ts); refused before any resolver runs.
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COMPLEX",
]);

/**
 * The one place where errors become what a client sees: our own errors and mapped storage
 * errors keep their code and field; anything unexpected is logged and hidden.
 */
export function createFormatError(log: (err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped: AppError | undefined = fromStorageError(original);
    if (mapped) {
      return {
        message: mapped.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: mapped.extensions,
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code) && formatted.path === undefined) {
      const { depth, cost, limit } = formatted.extensions ?? {};
      const numbers = Object.fromEntries(
        Object.entries({ depth, cost, limit }).filter(([, v]) => typeof v === "number"),
      );
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code, ...numbers },
      };
    }
    log(original);
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
];

/** Gives a response refused for who is asking the HTTP status REST would: 401 or 403 (or 429). */
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
