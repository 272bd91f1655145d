import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyBaseLogger, FastifyInstance, FastifyServerOptions } from "fastify";
import type { Config } from "../../config.js";
import { ContextSlot, enterContext, newContext } from "../../context.js";
import { redactSecrets } from "../../graph/secrets/index.js";
import { safePath } from "../errors.js";

/** An incoming x-request-id is kept when it looks like an id; anything else gets a fresh one. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify options for structured JSON logs (pino): every line of a request carries its `reqId`
 * (the caller's x-request-id when it sent one), and lines hold neither secrets nor content:
 * requests are logged by method and path only (no query string, headers or body; a credential
 * in the path or an error message is redacted), the
 * Authorization and Cookie headers are redacted wherever they appear, and errors keep only the
 * first line of their message (Prisma puts the query's arguments below it).
 */
export function loggingOptions(
  config: Config,
  stream?: NodeJS.WritableStream,
): Pick<FastifyServerOptions, "logger" | "genReqId"> {
  return {
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            ...(stream ? { stream } : {}),
            redact: {
              paths: [
                "req.headers.authorization",
                "req.headers.cookie",
                "headers.authorization",
                "headers.cookie",
                "authorization",
                "connectionParams",
              ],
              censor: "[redacted]",
            },
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({
                method: req.method,
                path: safePath(req.url.split("?")[0]!),
                remoteAddress: req.ip,
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              err: serializeError,
            },
          },
    genReqId: (req: IncomingMessage) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && SAFE_ID.test(given) ? given : randomUUID();
    },
  };
}

function serializeError(err: Error & { code?: unknown }) {
  const message = redactSecrets(String(err.message ?? "").split("\n")[0]!).text.slice(0, 300);
  const stack = String(err.stack ?? "")
    .split("\n")
    .filter((l) => l.startsWith("    at "))
    .slice(0, 15)
    .join("\n");
  return {
    type: err.name,
    message,
    ...(typeof err.code === "string" ? { code: err.code } : {}),
    stack,
  };
}

const requestLog = new ContextSlot<FastifyBaseLogger>();

/** The logger of the request being served (with its reqId), or `fallback` outside requests. */
export function currentLog(fallback: FastifyBaseLogger): FastifyBaseLogger {
  return requestLog.get() ?? fallback;
}

declare module "fastify" {
  interface FastifyRequest {
    /** What the code serving this request can ask for (see src/context.ts): opened in onRequest. */
    requestContext: object;
  }
}

/**
 * Opens each request's context (the hooks after this one add its actor and read scope) with its
 * logger in it, and echoes the request id in the response.
 */
export function trackRequests(http: FastifyInstance): void {
  http.decorateRequest("requestContext", null as unknown as object);
  http.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    request.requestContext = newContext();
    enterContext(request.requestContext, () => {
      requestLog.set(request.log);
      done();
    });
  });
  // Again once the body is parsed: its stream events run outside the context entered above.
  http.addHook("preValidation", (request, _reply, done) =>
    enterContext(request.requestContext, done),
  );
}
