import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * The typed configuration, read from the environment once. Every variable is optional:
 * with none set, `npm start` serves the seeded graph on http://localhost:4000/graphql.
 */
const schema = z.object({
  /** TCP port of the HTTP server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to bind; 0.0.0.0 for every interface. */
  HOST: z.string().min(1).default("0.0.0.0"),
  /**
   * The database: a SQLite `file:` URL (relative paths are relative to the working directory), or
   * `postgresql://user:password@host:5432/db` (also `postgres://`) for PostgreSQL.
   */
  DATABASE_URL: z
    .string()
    .default("file:./data/kg.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\/./.test(v), {
      message: "must be a SQLite file: URL such as file:./data/kg.db or a postgresql:// URL",
    }),
  /** Most connections one process opens to PostgreSQL (ignored for SQLite). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** Apply pending migrations on start (true/false); false: refuse to start when any is pending (run `kg migrate`). */
  MIGRATE_ON_START: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /**
   * On start, merge SQLite's full-text index into one segment when writes and imports have left
   * it in several (true/false): each search then looks each word up once instead of once per
   * segment (ignored for PostgreSQL).
   */
  SEARCH_COMPACT_ON_START: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** Load the curated Kubernetes seed on start: adds what is missing, never overwrites (true/false). */
  SEED_ON_START: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** Default page size of connections when `first` is not given. */
  DEFAULT_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  /** Largest `first` a client may ask for; larger values are refused. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(100),
  /** Deepest `depth` / `maxDepth` a neighborhood or paths query may ask for. */
  MAX_TRAVERSAL_DEPTH: z.coerce.number().int().min(1).max(10).default(4),
  /** Most concepts a neighborhood returns; beyond it the answer is cut and says `truncated`. */
  MAX_TRAVERSAL_NODES: z.coerce.number().int().min(1).max(100_000).default(500),
  /** Most concepts one paths search may visit before it gives up (bounds work on huge graphs). */
  MAX_PATH_VISITS: z.coerce.number().int().min(100).max(10_000_000).default(200_000),
  /** Largest `first` of a paths query (k shortest paths). */
  MAX_PATHS: z.coerce.number().int().min(1).max(100).default(10),
  /** Deepest selection nesting an operation may have; deeper ones are refused before any work. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(9),
  /** Highest estimated cost of an operation (about one per field per expected item). */
  MAX_QUERY_COST: z.coerce.number().int().min(10).max(10_000_000).default(50_000),
  /**
   * Uses of the same query document after which it runs compiled (graphql-jit) instead of on
   * graphql-js; 1 compiles at once, 0 never compiles.
   */
  GRAPHQL_JIT_AFTER: z.coerce.number().int().min(0).default(2),
  /** Largest HTTP request body in bytes. */
  BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  /** Longest time in milliseconds one import may hold its transaction before it is rolled back. */
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
  /** Imports of at least this many records write their new ones in bulk, recorded as one change (0: always). */
  IMPORT_BULK_MIN_RECORDS: z.coerce.number().int().min(0).default(100),
  /** Most per-record items an import report lists (counts stay exact; itemsTruncated says so). */
  IMPORT_REPORT_MAX_ITEMS: z.coerce.number().int().min(0).default(1000),
  /** Require an API key for reads too (writes always need one) (true/false). */
  READS_REQUIRE_KEY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Requests per minute per API key (token bucket, bursts up to this many); 0 disables. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /** Requests per minute per client IP address for callers without a key; 0 disables. */
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  /** Fastify/pino log level. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Longest time in milliseconds a SIGTERM/SIGINT shutdown waits for in-flight requests before it gives up (exit 1). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Time in milliseconds /readyz answers 503 before the server stops accepting, so load balancers notice first. */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** Serve Prometheus metrics at /metrics (true/false). */
  METRICS_ENABLED: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** Most WebSocket connections (GraphQL subscriptions) one server holds; more are refused with 503. */
  WS_MAX_CONNECTIONS: z.coerce.number().int().min(0).default(1000),
  /** Most subscriptions one WebSocket connection may hold at once. */
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(20),
  /**
   * PostgreSQL URL of the change bus (LISTEN/NOTIFY) that tells other replicas about changes;
   * "off" for none. Default: DATABASE_URL when it is PostgreSQL, else off (one SQLite process).
   */
  CHANGE_BUS_URL: z
    .string()
    .refine((v) => v === "off" || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be a postgresql:// URL or "off"',
    })
    .optional(),
  /** The LISTEN/NOTIFY channel replicas share. */
  CHANGE_BUS_CHANNEL: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case SQL identifier")
    .default("kg_changes"),
  /** This replica's name on the change bus (default: random per process). */
  REPLICA_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "1-64 letters, digits or _.:-")
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  /** Which database DATABASE_URL names. */
  databaseProvider: "sqlite" | "postgresql";
  /** Absolute path of the SQLite file; null on PostgreSQL. */
  databaseFile: string | null;
  databasePoolSize: number;
  migrateOnStart: boolean;
  searchCompactOnStart: boolean;
  seedOnStart: boolean;
  defaultPageSize: number;
  maxPageSize: number;
  bodyLimit: number;
  maxTraversalDepth: number;
  maxTraversalNodes: number;
  maxPathVisits: number;
  maxPaths: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  jitAfter: number;
  importTimeoutMs: number;
  importBulkMinRecords: number;
  importReportMaxItems: number;
  readsRequireKey: boolean;
  rateLimitPerMinute: number;
  rateLimitAnonymousPerMinute: number;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  shutdownTimeoutMs: number;
  shutdownDelayMs: number;
  metricsEnabled: boolean;
  wsMaxConnections: number;
  wsMaxSubscriptionsPerConnection: number;
  /** The change bus between replicas, or null when there is none. */
  changeBus: { url: string; channel: string } | null;
  /** This process's name among replicas. */
  replicaId: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses an environment (process.env by default) into the typed configuration, or throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable counts as unset, as in most tools (PORT= would otherwise mean port 0).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  }
  const e = parsed.data;
  if (e.DEFAULT_PAGE_SIZE > e.MAX_PAGE_SIZE) {
    throw new ConfigError(["DEFAULT_PAGE_SIZE: must not be larger than MAX_PAGE_SIZE"]);
  }
  const sqlite = e.DATABASE_URL.startsWith("file:");
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseProvider: sqlite ? "sqlite" : "postgresql",
    databaseFile: sqlite ? path.resolve(e.DATABASE_URL.slice("file:".length)) : null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    migrateOnStart: e.MIGRATE_ON_START,
    searchCompactOnStart: e.SEARCH_COMPACT_ON_START,
    seedOnStart: e.SEED_ON_START,
    defaultPageSize: e.DEFAULT_PAGE_SIZE,
    maxPageSize: e.MAX_PAGE_SIZE,
    bodyLimit: e.BODY_LIMIT,
    maxTraversalDepth: e.MAX_TRAVERSAL_DEPTH,
    maxTraversalNodes: e.MAX_TRAVERSAL_NODES,
    maxPathVisits: e.MAX_PATH_VISITS,
    maxPaths: e.MAX_PATHS,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    maxQueryCost: e.MAX_QUERY_COST,
    jitAfter: e.GRAPHQL_JIT_AFTER,
    importTimeoutMs: e.IMPORT_TIMEOUT_MS,
    importBulkMinRecords: e.IMPORT_BULK_MIN_RECORDS,
    importReportMaxItems: e.IMPORT_REPORT_MAX_ITEMS,
    readsRequireKey: e.READS_REQUIRE_KEY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    rateLimitAnonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    metricsEnabled: e.METRICS_ENABLED,
    wsMaxConnections: e.WS_MAX_CONNECTIONS,
    wsMaxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    changeBus: changeBus(e.CHANGE_BUS_URL, e.DATABASE_URL, e.CHANGE_BUS_CHANNEL),
    replicaId: e.REPLICA_ID ?? `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
  };
}

const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** The bus is on with PostgreSQL (several replicas may share it) and off with one SQLite process. */
function changeBus(given: string | undefined, databaseUrl: string, channel: string) {
  const url = given ?? (isPostgresUrl(databaseUrl) ? databaseUrl : "off");
  return url === "off" ? null : { url, channel };
}
