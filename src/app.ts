import Fastify, { type FastifyInstance } from "fastify";
import { Guard, installAuth, publicScope } from "./api/auth.js";
import { installReadAfter } from "./api/read-after.js";
import { installJsonBody } from "./api/json-body.js";
import { createFormatError } from "./api/graphql/format-error.js";
import { mountGraphql } from "./api/graphql/server.js";
import { buildGraphSchema } from "./api/graphql/schema.js";
import { type LiveSockets, mountWebSocket } from "./api/graphql/websocket.js";
import { currentLog, loggingOptions, trackRequests } from "./api/ops/logging.js";
import { Metrics } from "./api/ops/metrics.js";
import { type OpsState, mountOps } from "./api/ops/ops.routes.js";
import { mountExplorer } from "./api/web/explorer/explorer.route.js";
import { mountIndexPage } from "./api/web/index-page.js";
import { mountRest } from "./api/rest/index.js";
import { mountPlayground } from "./api/web/playground.js";
import type { Config } from "./config.js";
import { PgChangeBus } from "./db/change-bus.js";
import { type Db, openDb } from "./db/client.js";
import type { SearchCompaction } from "./db/db.js";
import { openError } from "./fatal.js";
import { checkReadiness } from "./db/readiness.js";
import { Replication } from "./graph/replication.js";
import { type SeedReport, seedGraph } from "./io/seed/seed.service.js";
import { newestChangeId } from "./graph/history/history.service.js";
import { type Services, startServices } from "./graph/services.js";

export interface App {
  http: FastifyInstance;
  db: Db;
  services: Services;
  /** What the start-up seed did, when it ran. */
  seed: SeedReport | null;
  /** The start-up merge of the search index (SEARCH_COMPACT_ON_START), when there was one. */
  searchCompaction: SearchCompaction | null;
  /** The change bus to other replicas, when there is one. */
  bus: PgChangeBus | null;
  sockets: LiveSockets;
  state: OpsState;
  /**
   * Shuts down gracefully: /readyz answers 503 (for SHUTDOWN_DELAY_MS when set), then the server
   * stops accepting, subscriptions are closed, in-flight requests finish, the bus and the
   * database close.
   */
  close(): Promise<void>;
}

export interface AppOptions {
  /** Where JSON log lines go (default: stdout); tests capture them. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the whole app (database, migrations, seed, HTTP routes) without listening: tests import this. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const db = await openDb(config);
  try {
    return await build(config, db, options);
  } catch (err) {
    await db.close().catch(() => undefined); // lets the next start in (SQLite's file lock)
    throw err;
  }
}

/** Loads the read index and, with SEED_ON_START, seeds. */
async function loadAndSeed(config: Config, db: Db) {
  const services = await startServices(db.prisma, config, db.search, db.reader);
  db.replicas?.follow(() => services.changes.latest);
  const seed = config.seedOnStart ? await seedGraph(services) : null;
  return { services, seed };
}

async function build(config: Config, db: Db, options: AppOptions): Promise<App> {
  // Replicas starting at once on an empty PostgreSQL seed one after the other, and each loads its
  // index once any other's seed is in.
  const { services, seed } = config.seedOnStart
    ? await db.exclusively(() => loadAndSeed(config, db))
    : await loadAndSeed(config, db);
  // After the seed, whose writes add segments of their own.
  const searchCompaction = config.searchCompactOnStart ? await db.compactSearch() : null;
  // One reload at a time, whoever asks (the bus after a reconnect, a write whose commit was lost).
  let reloading: Promise<void> = Promise.resolve();
  const reloadIndex = () =>
    (reloading = reloading.catch(() => undefined).then(() => services.index.reload(db.prisma)));
  db.health.onUncertainRecovery(() => void reloadIndex().catch(() => undefined));

  const http = Fastify({
    ...loggingOptions(config, options.logStream),
    bodyLimit: config.bodyLimit,
  });
  trackRequests(http);
  installJsonBody(http);
  const state: OpsState = { draining: false };
  // While shutting down, each response closes its connection: keep-alive clients reconnect elsewhere.
  http.addHook("onSend", async (_request, reply, payload) => {
    if (state.draining) reply.header("connection", "close");
    return payload;
  });

  let bus: PgChangeBus | null = null;
  let replication: Replication | null = null;
  const metrics = config.metricsEnabled
    ? new Metrics({
        dbConnections: () => db.connections(),
        wsConnections: () => sockets.connections,
        subscriptions: () => services.live.active,
        busConnected: () => (bus ? Number(bus.connected) : null),
        readReplicas: () => db.replicas?.states() ?? [],
      })
    : null;
  metrics?.instrument(http);
  const guard = new Guard(services.keys, config);
  installAuth(http, guard);
  for (const r of db.replicas?.states() ?? []) {
    if (!r.up)
      http.log.warn(
        { replica: r.name },
        "read replica unreachable: the primary takes its reads until it answers",
      );
  }
  installReadAfter(http, services.changes, db.replicas, {
    waitMs: config.readAfterWaitMs,
    newestStored: () => newestChangeId(db.prisma),
  });

  if (config.changeBus) {
    const log = http.log.child({ component: "change-bus" });
    const bridge: { replication: Replication | null } = { replication: null };
    bus = new PgChangeBus({
      url: config.changeBus.url,
      channel: config.changeBus.channel,
      onMessage: (m) => bridge.replication?.receive(m),
      onReconnect: reloadIndex,
      log,
      connectTimeoutMs: config.databaseConnectTimeoutMs,
    });
    replication = new Replication(services, bus, config.replicaId, {
      reloadIndex,
      onRemote: () => metrics?.remoteChanges.inc(),
      onError: (err, m) =>
        log.warn({ err, entity: m.entity, op: m.op }, "could not apply a remote change"),
    });
    bridge.replication = replication;
    await bus.start().catch((err: unknown) => {
      throw openError(err, config.changeBus!.url, null, "CHANGE_BUS_URL");
    });
  }

  const formatError = createFormatError((err) =>
    currentLog(http.log).error({ err }, "unexpected error in a resolver"),
  );
  const schema = await buildGraphSchema();
  // The pages anyone may open; every other route, unknown paths included, passes the guard.
  await http.register(async (pages) => {
    publicScope(pages);
    pages.get("/healthz", async () => ({ status: "ok" }));
    mountOps(pages, { state, metrics, readiness: () => checkReadiness(db) });
    mountIndexPage(pages);
    mountPlayground(pages, schema);
    mountExplorer(pages);
  });
  await mountGraphql(http, services, config, {
    formatError,
    plugins: metrics ? [metrics.apolloPlugin()] : [],
    onHotQuery: metrics
      ? (operationName, seconds) => metrics.observeOperation(operationName, "query", seconds)
      : undefined,
  });
  await mountRest(http, services, { bodyLimit: config.bodyLimit });
  const sockets = mountWebSocket(http, services, schema, config, formatError, guard, () =>
    metrics?.subscriptionEvents.inc(),
  );
  // Subscriptions never end by themselves: close them before the server waits for connections.
  http.addHook("preClose", async () => {
    services.live.close();
    await sockets.close();
  });
  await http.ready();

  let closing: Promise<void> | null = null;
  return {
    http,
    db,
    services,
    seed,
    searchCompaction,
    bus,
    sockets,
    state,
    close() {
      closing ??= (async () => {
        state.draining = true;
        sockets.drain();
        if (config.shutdownDelayMs > 0) {
          await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
        }
        // A client that stops reading a streamed response (a static file) would hold the close,
        // and the database, open: connections still open at half SHUTDOWN_TIMEOUT_MS are cut.
        const cut = setTimeout(() => {
          http.log.warn("shutdown: connections still open are cut (a client stopped reading)");
          http.server.closeAllConnections();
        }, config.shutdownTimeoutMs / 2);
        try {
          await http.close();
        } finally {
          clearTimeout(cut);
        }
        await replication?.stop();
        await bus?.close();
        await db.close();
      })();
      return closing;
    },
  };
}
