import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import { AppError, RateLimitedError, UnauthenticatedError } from "../errors.js";
import { ANONYMOUS, type Actor, runAs } from "../graph/actor.js";
import type { KeyService } from "../graph/key/key.service.js";
import { STATUS } from "./rest/errors.js";
import { RateLimiter } from "./rate-limit.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Who sent this request: resolved from its API key in onRequest. */
    actor: Actor;
  }
}

/** The API paths: the only ones that take keys, are rate-limited and may refuse. */
const isApi = (url: string) => url === "/graphql" || /^\/(graphql\?|api\/v1\/)/.test(url);

const REFUSED = {
  malformed: "The API key is malformed: send Authorization: Bearer kg_...",
  unknown: "The API key is unknown",
  revoked: "The API key has been revoked",
};

/** The key in an `Authorization: Bearer <key>` value, or null when the value has another shape. */
export const bearerSecret = (value: string) => /^Bearer\s+(\S+)\s*$/i.exec(value)?.[1] ?? null;

/** Answers a refused request in the shape of its API: a GraphQL error or a REST error body. */
function refuse(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  reply.status(STATUS[err.code]);
  if (err instanceof RateLimitedError) reply.header("retry-after", String(err.retryAfter));
  if (err instanceof UnauthenticatedError) reply.header("www-authenticate", "Bearer");
  if (req.url.startsWith("/graphql")) {
    return reply.send({ errors: [{ message: err.message, extensions: err.extensions }] });
  }
  return reply.send({ error: { code: err.code, message: err.message, field: err.field ?? null } });
}

/**
 * Authentication and rate limiting for every request: `Authorization: Bearer <key>` becomes the
 * request's actor, and the whole request (body parsing, resolvers, services) runs as it, so the
 * services' own `authorize` checks see who is calling. A bad key is refused even on reads.
 */
export function installAuth(app: FastifyInstance, keys: KeyService, config: Config) {
  const perKey = new RateLimiter(config.rateLimitPerMinute);
  const perIp = new RateLimiter(config.rateLimitAnonymousPerMinute);

  const identify = async (req: FastifyRequest): Promise<Actor | AppError> => {
    const header = req.headers.authorization;
    if (header === undefined || header.trim() === "") {
      return config.readsRequireKey ? new UnauthenticatedError() : ANONYMOUS;
    }
    const secret = bearerSecret(header);
    if (!secret) return new UnauthenticatedError(REFUSED.malformed);
    const check = await keys.authenticate(secret);
    return "refused" in check ? new UnauthenticatedError(REFUSED[check.refused]) : check.actor;
  };

  app.decorateRequest("actor", null as unknown as Actor);
  app.addHook("onRequest", (req, reply, done) => {
    if (!isApi(req.url)) {
      req.actor = ANONYMOUS;
      return runAs(ANONYMOUS, done);
    }
    identify(req).then(
      (who) => {
        if (who instanceof AppError) return refuse(req, reply, who);
        const wait =
          who.keyId === undefined ? perIp.take(`ip:${req.ip}`) : perKey.take(`key:${who.keyId}`);
        if (wait > 0) return refuse(req, reply, new RateLimitedError(wait));
        req.actor = who;
        runAs(who, done);
      },
      (err: Error) => done(err),
    );
  });
  // Reading the body runs in the socket's context, not the one above: enter it again after.
  app.addHook("preValidation", (req, _reply, done) => runAs(req.actor ?? ANONYMOUS, done));
}
