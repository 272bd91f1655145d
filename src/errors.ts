import { GraphQLError } from "graphql";

/** The error codes a client can see, in GraphQL `extensions.code` and in REST bodies. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
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

/** Input that is malformed or breaks a rule; `field` names the input field (e.g. "input.slug"). */
export class BadUserInputError extends AppError {
  constructor(field: string, message: string) {
    super("BAD_USER_INPUT", `${field}: ${message}`, field);
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

/** Maps a storage error to a client error, or returns undefined when it is not one we know. */
export function fromStorageError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
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
