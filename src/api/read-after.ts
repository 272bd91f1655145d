import type { FastifyInstance } from "fastify";
import { AppError, BadUserInputError } from "../errors.js";
import { type ReadReplicas, type ReadScope, setReadScope } from "../db/read-replicas.js";
import type { ChangeFeed } from "../graph/changes.js";
import { refuse } from "./auth.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Where this request's reads may go (see ReadScope); set in onRequest. */
    readScope: ReadScope;
  }
}

/** The request header that carries the newest change a client has seen (its last write's). */
export const READ_AFTER = "kg-read-after";
/** The response header that names the newest change a request committed. */
export const CHANGE_ID = "kg-change-id";

/** Refused: this process has not been told of the change yet (HTTP 503, Retry-After 1). */
class NotCaughtUpError extends AppError {
  constructor(id: number) {
    super(
      "UNAVAILABLE",
      `This server has not yet received change ${id}; try again shortly (or on another replica).`,
      READ_AFTER,
    );
  }
}

/**
 * Read-your-writes across replicas. Every response to a request that committed a write carries
 * `KG-Change-Id: <id>`; a request that sends it back as `KG-Read-After: <id>` is answered only
 * once this process's read index has that change (waiting up to READ_AFTER_WAIT_MS, then 503),
 * and its database reads go to a read replica that has replayed it, or to the primary when none
 * has in that time. Without the header, reads may trail the primary by READ_REPLICA_MAX_LAG_MS.
 */
export function installReadAfter(
  http: FastifyInstance,
  changes: ChangeFeed,
  replicas: ReadReplicas | null,
  opts: { waitMs: number; newestStored: () => Promise<number> },
): void {
  http.decorateRequest("readScope", null as unknown as ReadScope);
  http.addHook("onRequest", async (req, reply) => {
    const scope: ReadScope = { after: 0, primary: false, committed: 0 };
    req.readScope = scope;
    setReadScope(scope);
    const given = req.headers[READ_AFTER];
    if (given === undefined) return;
    if (typeof given !== "string" || !/^[1-9][0-9]{0,14}$/.test(given.trim())) {
      const err = new BadUserInputError(
        READ_AFTER,
        "must be a change id (a positive whole number)",
      );
      return refuse(req, reply, err);
    }
    const id = Number(given.trim());
    const until = Date.now() + opts.waitMs;
    if (id > changes.latest && id > (await opts.newestStored())) {
      return refuse(req, reply, new BadUserInputError(READ_AFTER, `there is no change ${id}`));
    }
    if (!(await changes.waitFor(id, opts.waitMs))) {
      reply.header("retry-after", "1");
      return refuse(req, reply, new NotCaughtUpError(id));
    }
    scope.after = id;
    if (replicas && !(await replicas.waitFor(id, Math.max(0, until - Date.now())))) {
      scope.primary = true;
    }
  });
  http.addHook("onSend", async (req, reply, payload) => {
    if (req.readScope?.committed) reply.header(CHANGE_ID, String(req.readScope.committed));
    return payload;
  });
}
