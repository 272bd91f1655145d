import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyInstance } from "fastify";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** What the metrics read at scrape time. */
export interface MetricSources {
  /** Database connections, as far as the adapter tells. */
  dbConnections(): { total: number; idle?: number; waiting?: number };
  wsConnections(): number;
  subscriptions(): number;
  /** 1 while the change bus is connected, 0 when not, null when there is none. */
  busConnected(): number | null;
  /** The read replicas (DATABASE_READ_URL); empty when there are none. */
  readReplicas(): { name: string; up: boolean; behind: number }[];
}

type ReplicaView = ReturnType<MetricSources["readReplicas"]>[number];

const SECONDS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Distinct GraphQL operation names kept as labels; later ones count as "other". */
const MAX_OPERATION_NAMES = 200;

/** Prometheus metrics of one app, in its own registry (tests run several apps per process). */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: "kg_http_requests_total",
    help: "HTTP requests by method, route pattern and status code.",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: "kg_http_request_duration_seconds",
    help: "HTTP request latency by method and route pattern (REST routes, /graphql, pages).",
    labelNames: ["method", "route"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: "kg_graphql_operation_duration_seconds",
    help: "GraphQL operation latency by operation name and type (query, mutation).",
    labelNames: ["operation", "type"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "kg_errors_total",
    help: "Errors sent to clients by transport (graphql, rest) and code (BAD_USER_INPUT, ...).",
    labelNames: ["transport", "code"] as const,
    registers: [this.registry],
  });
  readonly subscriptionEvents = new Counter({
    name: "kg_subscription_events_total",
    help: "Changes told to subscriptions (one per subscription told).",
    registers: [this.registry],
  });
  readonly remoteChanges = new Counter({
    name: "kg_replication_remote_changes_total",
    help: "Changes received from other replicas over the change bus and applied here.",
    registers: [this.registry],
  });
  private readonly names = new Set<string>();

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry });
    const gauge = (name: string, help: string, read: () => number | null | undefined) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const v = read();
          if (v !== null && v !== undefined) this.set(v);
        },
      });
    gauge(
      "kg_db_pool_connections",
      "Database connections open (pool total).",
      () => sources.dbConnections().total,
    );
    gauge(
      "kg_db_pool_idle_connections",
      "Idle database connections in the pool.",
      () => sources.dbConnections().idle,
    );
    gauge(
      "kg_db_pool_waiting_requests",
      "Queries waiting for a pooled connection.",
      () => sources.dbConnections().waiting,
    );
    gauge("kg_websocket_connections", "Open WebSocket connections.", () => sources.wsConnections());
    gauge("kg_subscriptions", "Open GraphQL subscriptions.", () => sources.subscriptions());
    gauge("kg_change_bus_connected", "1 while the change bus (LISTEN) is connected.", () =>
      sources.busConnected(),
    );
    const perReplica = (name: string, help: string, read: (r: ReplicaView) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ["replica"] as const,
        registers: [this.registry],
        collect() {
          for (const r of sources.readReplicas()) this.set({ replica: r.name }, read(r));
        },
      });
    perReplica("kg_read_replica_up", "1 while a read replica answers its polls.", (r) =>
      Number(r.up),
    );
    perReplica(
      "kg_read_replica_behind_changes",
      "Changes a read replica has not replayed yet, of those this process knows.",
      (r) => r.behind,
    );
  }

  /** The operation name as a label: client-chosen, so bounded in shape and number. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
    if (!this.names.has(name)) {
      if (this.names.size >= MAX_OPERATION_NAMES) return "other";
      this.names.add(name);
    }
    return name;
  }

  /** Counts and times every HTTP request, and REST error codes. */
  instrument(http: FastifyInstance): void {
    http.addHook("onSend", async (request, reply, payload) => {
      if (
        reply.statusCode >= 400 &&
        typeof payload === "string" &&
        request.routeOptions.url !== "/graphql"
      ) {
        const code = /"code"\s*:\s*"([A-Z_]{1,40})"/.exec(payload.slice(0, 500))?.[1];
        this.errors.inc({ transport: "rest", code: code ?? `HTTP_${reply.statusCode}` });
      }
      return payload;
    });
    http.addHook("onResponse", async (request, reply) => {
      const route = request.routeOptions.url ?? "unmatched";
      const method = request.method;
      this.httpRequests.inc({ method, route, status: String(reply.statusCode) });
      this.httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
    });
  }

  /** Records one GraphQL operation's time (Apollo's plugin below, and the hot lane). */
  observeOperation(operationName: string | null | undefined, type: string, seconds: number): void {
    this.graphqlDuration.observe({ operation: this.operationLabel(operationName), type }, seconds);
  }

  /** Times GraphQL operations and counts the error codes they answer with. */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ operationName, operation, response }) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            this.observeOperation(operationName, operation?.operation ?? "unknown", seconds);
            const errors =
              response.body.kind === "single" ? response.body.singleResult.errors : undefined;
            for (const e of errors ?? []) {
              const code = e.extensions?.code;
              this.errors.inc({
                transport: "graphql",
                code: typeof code === "string" ? code : "UNKNOWN",
              });
            }
          },
        };
      },
    };
  }
}
