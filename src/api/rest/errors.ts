import type { FastifyError, FastifyInstance } from "fastify";
import {
  type AppError,
  BadUserInputError,
  type ErrorCode,
  NotFoundError,
  PayloadTooLargeError,
  fromStorageError,
} from "../../errors.js";

/** HTTP status of each error code. */
export const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** The JSON schema of every REST error body. */
export const errorSchema = {
  $id: "Error",
  type: "object",
  description: "What went wrong: a code (as in GraphQL extensions.code), a message, the field.",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string", description: "BAD_USER_INPUT, NOT_FOUND, CONFLICT, ..." },
        message: { type: "string" },
        field: { type: ["string", "null"], description: "The input field at fault, if any." },
      },
      required: ["code", "message"],
    },
  },
  required: ["error"],
} as const;

/** Fastify's own request errors (schema validation, body parsing and size) as our error classes. */
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
  if (err.code?.startsWith("FST_ERR_CTP_") || err instanceof SyntaxError) {
    return new BadUserInputError("body", err.message);
  }
  return undefined;
}

/**
 * The one REST error mapping point: our errors and mapped storage errors keep their code and
 * field with the matching HTTP status; anything unexpected is logged and hidden as a 500.
 */
export function installErrorHandling(app: FastifyInstance, bodyLimit: number) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const mapped = fromStorageError(err) ?? fromRequestError(err, bodyLimit);
    if (mapped) {
      return reply.status(STATUS[mapped.code]).send({
        error: { code: mapped.code, message: mapped.message, field: mapped.field ?? null },
      });
    }
    req.log.error({ err }, "unexpected error in a REST route");
    return reply.status(500).send({
      error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error", field: null },
    });
  });
  app.setNotFoundHandler((req, reply) => {
    const e = new NotFoundError("path", `No route ${req.method} ${req.url.split("?")[0]}`);
    return reply.status(404).send({ error: { code: e.code, message: e.message, field: "path" } });
  });
}
