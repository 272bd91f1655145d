import type { FastifyError, FastifyInstance } from "fastify";
import { NotFoundError } from "../../errors.js";
import { INTERNAL, STATUS, clientErrorOf, restErrorBody, safePath } from "../errors.js";

/**
 * The one REST error mapping point: our errors and mapped storage errors keep their code and
 * field with the matching HTTP status; anything unexpected is logged and hidden as a 500.
 */
export function installErrorHandling(app: FastifyInstance, bodyLimit: number) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const mapped = clientErrorOf(err, bodyLimit);
    if (mapped) return reply.status(STATUS[mapped.code]).send(restErrorBody(mapped));
    req.log.error({ err }, "unexpected error in a REST route");
    return reply.status(500).send({ error: { ...INTERNAL, field: null } });
  });
  app.setNotFoundHandler((req, reply) => {
    // Redacted before it is cut: a credential in the path is never partly shown.
    const path = safePath(req.url.split("?")[0]!).slice(0, 200);
    const e = new NotFoundError("path", `No route ${req.method} ${path}`);
    return reply.status(404).send(restErrorBody(e));
  });
}
