import { GraphQLError } from "graphql";
import { storageFault } from "./db/faults.js";

/** The error codes a client can see, in GraphQL `extensions.code` and in REST bodies. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "BAD_REQUEST"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED"
  | "QUERY_TOO_DEEP"
  | "QUERY_TOO_COMPLEX"
  | "TOO_MANY_ALIASES"
  | "TOO_MANY_DIRECTIVES"
  | "TOO_MANY_TOKENS"
  | "RESPONSE_TOO_LARGE"
  | "STORAGE_FULL"
  | "UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

/** Base of every error meant for the client: a message, a literal code and the input field at fault. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...(field ? { field } : {}), ...extra } });
    this.name = new.target.name;
  }
}

/**
 * Input that is malformed or breaks a rule; `field` names the input field (e.g. "input.slug"),
 * `extra` adds extensions (a refused credential's `line` and `kind`).
 */
export class BadUserInputError extends AppError {
  constructor(field: string, message: string, extra: Record<string, unknown> = {}) {
    super("BAD_USER_INPUT", `${field}: ${message}`, field, extra);
  }
}

/** A well-formed request that this transport does not serve (e.g. a subscription over HTTP). */
export class BadRequestError extends AppError {
  constructor(message: string) {
    super("BAD_REQUEST", message, undefined, { http: { status: 400 } });
  }
}

/** A slug, id or key that names nothing. */
export class NotFoundError extends AppError {
  constructor(field: string, message: string) {
    super("NOT_FOUND", message, field);
  }
}

/** The write would break uniqueness or another invariant of what is already stored. */
export class ConflictError extends AppError {
  constructor(field: string, message: string, extra: Record<string, unknown> = {}) {
    super("CONFLICT", message, field, extra);
  }
}

/** A request body larger than the configured limit (BODY_LIMIT). */
export class PayloadTooLargeError extends AppError {
  constructor(limit: number) {
    super("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes`, "body");
  }
}

/** A request body in a media type the route does not read (HTTP 415). */
export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super(
      "UNSUPPORTED_MEDIA_TYPE",
      "The request body's content-type is not supported: send application/json",
      "content-type",
    );
  }
}

/** No API key, or one that is malformed, unknown or revoked (HTTP 401). */
export class UnauthenticatedError extends AppError {
  constructor(message = "This needs an API key: send Authorization: Bearer <key>") {
    super("UNAUTHENTICATED", message, "authorization");
  }
}

/** A valid API key whose role may not do this (HTTP 403). */
export class ForbiddenError extends AppError {
  constructor(needed: string, role: string) {
    super(
      "FORBIDDEN",
      `This needs the ${needed} role; the API key has the ${role} role`,
      undefined,
      {
        needed,
      },
    );
  }
}

/** The caller spent its request budget (HTTP 429); `retryAfter` is in whole seconds. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfter: number) {
    super("RATE_LIMITED", `Too many requests: try again in ${retryAfter} s`, undefined, {
      retryAfter,
    });
  }
}

/** A GraphQL document or its answer over one of the query limits (HTTP 400), refused before any work. */
export class QueryLimitError extends AppError {
  private constructor(code: ErrorCode, message: string, numbers: Record<string, number | null>) {
    super(code, message, undefined, { ...numbers, http: { status: 400 } });
  }

  static depth(depth: number, limit: number) {
    return new QueryLimitError(
      "QUERY_TOO_DEEP",
      `The query nests ${depth} levels deep; the limit is ${limit} (MAX_QUERY_DEPTH)`,
      { depth, limit },
    );
  }

  static cost(cost: number, limit: number) {
    const found = Number.isFinite(cost) ? `is ${cost}` : "is too large to compute";
    return new QueryLimitError(
      "QUERY_TOO_COMPLEX",
      `The query's estimated cost ${found}; the limit is ${limit} (MAX_QUERY_COST): ask for fewer items or fields`,
      { cost: Number.isFinite(cost) ? cost : null, limit },
    );
  }

  static aliases(aliases: number, limit: number) {
    return new QueryLimitError(
      "TOO_MANY_ALIASES",
      `The query has ${aliases} aliases; the limit is ${limit} (MAX_QUERY_ALIASES)`,
      { aliases, limit },
    );
  }

  static directives(directives: number, limit: number) {
    return new QueryLimitError(
      "TOO_MANY_DIRECTIVES",
      `The query has ${directives} directives; the limit is ${limit} (MAX_QUERY_DIRECTIVES)`,
      { directives, limit },
    );
  }

  static tokens(limit: number) {
    return new QueryLimitError(
      "TOO_MANY_TOKENS",
      `The query has more than ${limit} tokens (MAX_QUERY_TOKENS): send a shorter document and pass data as variables`,
      { limit },
    );
  }

  static response(bytes: number, limit: number) {
    return new QueryLimitError(
      "RESPONSE_TOO_LARGE",
      `The answer would be ${bytes} bytes; the limit is ${limit} (MAX_RESPONSE_BYTES): ask for fewer items or fields`,
      { bytes, limit },
    );
  }
}

/** The database is full (HTTP 507): the write was refused whole. */
export class StorageFullError extends AppError {
  constructor() {
    super(
      "STORAGE_FULL",
      "The database is full: nothing was written. Try again once space has been freed.",
    );
  }
}

/**
 * The database cannot be reached or written right now (HTTP 503): read-only, missing, locked,
 * connection lost. `reason` says which, without naming files, hosts or statements.
 */
export class UnavailableError extends AppError {
  constructor(reason: string) {
    super("UNAVAILABLE", `The database is unavailable: ${reason}. Try again shortly.`);
  }
}

/** Maps a storage error to a client error, or returns undefined when it is not one we know. */
export function fromStorageError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const fault = storageFault(err);
  if (fault) {
    return fault.code === "STORAGE_FULL"
      ? new StorageFullError()
      : new UnavailableError(fault.reason);
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "P2002") {
    const target = (err as { meta?: { target?: unknown } }).meta?.target;
    const field = Array.isArray(target) ? target.join(",") : String(target ?? "input");
    return new ConflictError(field, `A record with this ${field} already exists`);
  }
  if (code === "P2025") return new NotFoundError("input", "The record to change does not exist");
  if (code === "P2003") {
    return new BadUserInputError("input", "refers to a record that does not exist");
  }
  return undefined;
}
