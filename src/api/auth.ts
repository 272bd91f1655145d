import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import { AppError, RateLimitedError, UnauthenticatedError, fromStorageError } from "../errors.js";
import { ANONYMOUS, type Actor, actAs } from "../graph/actor.js";
import type { KeyService } from "../graph/key/key.service.js";
import { STATUS, graphqlErrorBody, restErrorBody } from "./errors.js";
import { RateLimiter } from "./rate-limit.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** A page anyone may open: no key is asked for and no rate limit applies. */
    public?: boolean;
  }
  interface FastifyRequest {
    /** Who sent this request: resolved from its API key in onRequest. */
    actor: Actor;
  }
}

/** Route options of a page anyone may open (health checks, the web pages, the API's docs). */
export const PUBLIC_ROUTE = { config: { public: true } } as const;

/** Makes every route registered in this scope public: for plugins whose routes we do not declare. */
export function publicScope(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    route.config = { ...(route.config as object), public: true };
  });
}

const REFUSED = {
  malformed: "The API key is malformed: send Authorization: Bearer kg_...",
  unknown: "The API key is unknown",
  revoked: "The API key has been revoked",
};

/** The key in an `Authorization: Bearer <key>` value, or null when the value has another shape. */
export const bearerSecret = (value: string) => /^Bearer\s+(\S+)\s*$/i.exec(value)?.[1] ?? null;

/**
 * Decides who a caller is and whether it may go on, for every transport alike (HTTP requests and
 * WebSocket connections): its key makes it an actor, and its budget (per key, or per address
 * without one) must not be spent. Keys that fail count against the address, so guessing keys is
 * throttled too.
 */
export class Guard {
  private readonly perKey: RateLimiter;
  private readonly perAddress: RateLimiter;
  private readonly failures: RateLimiter;

  constructor(
    private readonly keys: KeyService,
    private readonly config: Config,
  ) {
    this.perKey = new RateLimiter(config.rateLimitPerMinute);
    this.perAddress = new RateLimiter(config.rateLimitAnonymousPerMinute);
    this.failures = new RateLimiter(config.rateLimitAuthFailuresPerMinute);
  }

  /** The actor of an Authorization value from `address`, or the error that refuses it. */
  async admit(
    authorization: string | null | undefined,
    address: string,
  ): Promise<Actor | AppError> {
    const wait = this.failures.waiting(address);
    if (wait > 0) return new RateLimitedError(wait);
    const who = await this.identify(authorization);
    if (who instanceof AppError) {
      if (authorization) this.failures.take(address);
      return who;
    }
    const spent =
      who.keyId === undefined
        ? this.perAddress.take(`ip:${address}`)
        : this.perKey.take(`key:${who.keyId}`);
    return spent > 0 ? new RateLimitedError(spent) : who;
  }

  private async identify(authorization: string | null | undefined): Promise<Actor | AppError> {
    if (authorization === undefined || authorization === null || authorization.trim() === "") {
      return this.config.readsRequireKey ? new UnauthenticatedError() : ANONYMOUS;
    }
    const secret = bearerSecret(authorization);
    if (!secret) return new UnauthenticatedError(REFUSED.malformed);
    const check = await this.keys.authenticate(secret);
    return "refused" in check ? new UnauthenticatedError(REFUSED[check.refused]) : check.actor;
  }
}

/** Answers a refused request in the shape of the route it was for: a GraphQL error or a REST error body. */
export function refuse(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  reply.status(STATUS[err.code]);
  if (err instanceof RateLimitedError) reply.header("retry-after", String(err.retryAfter));
  if (err instanceof UnauthenticatedError) reply.header("www-authenticate", "Bearer");
  return reply.send(
    req.routeOptions.url === "/graphql" ? graphqlErrorBody(err) : restErrorBody(err),
  );
}

/**
 * The guard on every HTTP request, decided on the route the router matched (never on the raw
 * URL, which has many spellings of one route): public routes pass; everything else, unknown
 * paths included, is admitted by `guard` or refused. The whole request (body parsing, resolvers,
 * services) then runs as its actor, so the services' own `authorize` checks see who is calling.
 */
export function installAuth(app: FastifyInstance, guard: Guard) {
  app.decorateRequest("actor", null as unknown as Actor);
  app.addHook("onRequest", (req, reply, done) => {
    if (req.routeOptions.config?.public === true) {
      req.actor = ANONYMOUS;
      actAs(ANONYMOUS);
      return done();
    }
    guard.admit(req.headers.authorization, req.ip).then(
      (who) => {
        if (who instanceof AppError) return refuse(req, reply, who);
        req.actor = who;
        actAs(who);
        done();
      },
      (err: Error) => {
        // The key could not be checked (the database is unavailable): say so, in the API's shape.
        const mapped = fromStorageError(err);
        return mapped ? refuse(req, reply, mapped) : done(err);
      },
    );
  });
}
