import type { FastifyInstance } from "fastify";
import type { Readiness } from "../../db/readiness.js";
import type { Metrics } from "./metrics.js";

export interface OpsState {
  /** True from the moment a shutdown begins: /readyz answers 503. */
  draining: boolean;
}

/**
 * /readyz: 200 when the database answers and its migrations are current, 503 with the reason
 * otherwise or while shutting down. /metrics: Prometheus text, when metrics are on.
 */
export function mountOps(
  http: FastifyInstance,
  opts: { state: OpsState; readiness: () => Promise<Readiness>; metrics: Metrics | null },
): void {
  http.get("/readyz", async (_request, reply) => {
    if (opts.state.draining) {
      return reply.code(503).send({ status: "unavailable", reason: "shutting down" });
    }
    const r = await opts.readiness();
    if (!r.ready) return reply.code(503).send({ status: "unavailable", reason: r.reason });
    return { status: "ready" };
  });
  const metrics = opts.metrics;
  if (metrics) {
    http.get("/metrics", async (_request, reply) => {
      const text = await metrics.registry.metrics();
      return reply.header("content-type", metrics.registry.contentType).send(text);
    });
  }
}
