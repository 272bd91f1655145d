import type { FastifyError } from "fastify";
import { redactSecrets } from "../graph/secrets/index.js";
import {
  type AppError,
  BadUserInputError,
  type ErrorCode,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  fromStorageError,
} from "../errors.js";

/**
 * How errors end each transport, all here: HTTP status (REST and GraphQL over HTTP), GraphQL
 * `extensions`, WebSocket close codes, and the CLI's exit codes.
 */

/** Close codes a refused or ended WebSocket connection gets (graphql-ws keeps 4400-4499 for these). */
export const WS_CLOSE = {
  tryAgainLater: 1013,
  forbidden: 4403,
  tooMany: 4429,
} as const;

/** Exit codes of `kg`: a domain or server error, or a wrong command line or setting. */
export const EXIT = { error: 1, usage: 2 } as const;

/** HTTP status of each error code, for every transport that answers over HTTP. */
export const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  TOO_MANY_TOKENS: 400,
  RESPONSE_TOO_LARGE: 400,
  INTERNAL_SERVER_ERROR: 500,
  UNAVAILABLE: 503,
  STORAGE_FULL: 507,
};

/** Fastify's own request errors (schema validation, body parsing, size, media type) as our errors. */
function fromRequestError(err: FastifyError, bodyLimit: number): AppError | undefined {
  if (err.validation && err.validation.length > 0) {
    const v = err.validation[0]!;
    const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
    // Named as in GraphQL: body fields "input.name", query and path parameters by their own name.
    const ctx = err.validationContext ?? "body";
    const path = [
      ...(ctx === "body" ? ["input"] : ctx === "headers" ? ["headers"] : []),
      ...v.instancePath.split("/").filter(Boolean),
      ...(missing ? [missing] : []),
    ].join(".");
    return new BadUserInputError(path, v.message ?? "is invalid");
  }
  if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") return new PayloadTooLargeError(bodyLimit);
  if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return new UnsupportedMediaTypeError();
  if (err.code?.startsWith("FST_ERR_CTP_") || err instanceof SyntaxError) {
    return new BadUserInputError("body", err.message);
  }
  return undefined;
}

/** The client error behind anything a request handler threw, or undefined for our own faults. */
export const clientErrorOf = (err: unknown, bodyLimit: number): AppError | undefined =>
  fromStorageError(err) ?? fromRequestError(err as FastifyError, bodyLimit);

/**
 * A message as a client or a log may see it: a credential that input echoed into it (a slug, a
 * path, a GraphQL literal) is redacted.
 */
export const safeMessage = (message: string) => redactSecrets(message).text;

/** A request path as a client or a log may see it: read percent-decoded when it holds a credential so. */
export function safePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not valid percent-encoding: read as it is.
  }
  const { text, findings } = redactSecrets(decoded);
  return findings.length > 0 ? text : path;
}

/** A REST error body; a refused credential adds its `line` and `kind`. */
export const restErrorBody = (e: AppError) => {
  const { line, kind } = e.extensions;
  return {
    error: {
      code: e.code,
      message: safeMessage(e.message),
      field: e.field ?? null,
      ...(typeof line === "number" ? { line, kind } : {}),
    },
  };
};

/** An error's extensions as a client sees them (its `http` extension is for the server). */
export function clientExtensions(e: AppError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { ...e.extensions };
  delete extensions.http;
  return extensions;
}

/** A GraphQL error answer holding one error. */
export const graphqlErrorBody = (e: AppError) => ({
  errors: [{ message: safeMessage(e.message), extensions: clientExtensions(e) }],
});

/** The answer a hidden fault gets, in REST and GraphQL shape. */
export const INTERNAL = {
  code: "INTERNAL_SERVER_ERROR",
  message: "Internal server error",
} as const;
