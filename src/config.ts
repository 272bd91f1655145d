import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * The typed configuration, read from the environment once. Every variable is optional:
 * with none set, `npm start` serves the seeded graph on http://localhost:4000/graphql.
 */
/** A whole number with a default, at least `min` (and at most `max`), given as text. */
const int = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
/** A boolean given as text: true/false or 1/0, as each description says. */
const flag = (fallback: boolean) =>
  z
    .stringbool({ truthy: ["true", "1"], falsy: ["false", "0"], case: "sensitive" })
    .default(fallback);

const schema = z.object({
  PORT: int(4000, 0, 65535).describe("TCP port of the HTTP server."),
  HOST: z
    .string()
    .min(1)
    .default("0.0.0.0")
    .describe("Interface to bind; 0.0.0.0 for every interface."),
  DATABASE_URL: z
    .string()
    .default("file:./data/kg.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\/./.test(v), {
      message: "must be a SQLite file: URL such as file:./data/kg.db or a postgresql:// URL",
    })
    .refine((v) => !/^file:\/\/(?!\/|localhost\/)/.test(v), {
      message: "a file:// URL must be absolute (file:///path/kg.db); or use file:./relative/kg.db",
    })
    .describe(
      "The database: a SQLite `file:` URL (relative paths are relative to the working directory), or `postgresql://user:password@host:5432/db` (also `postgres://`) for PostgreSQL.",
    ),
  DATABASE_POOL_SIZE: int(10, 1, 1000).describe(
    "Most connections one process opens to PostgreSQL (ignored for SQLite).",
  ),
  DATABASE_CONNECT_TIMEOUT_MS: int(5000, 100).describe(
    "Longest wait in milliseconds to open a PostgreSQL connection of its own (migrations, seeding, the change bus).",
  ),
  DATABASE_WRITE_WAIT_MS: int(10_000, 100).describe(
    "Longest wait in milliseconds for a turn (SQLite's writer, a pooled PostgreSQL connection) before a request fails with UNAVAILABLE.",
  ),
  DATABASE_READ_URL: z
    .string()
    .refine((v) => v.split(",").every((u) => isPostgresUrl(u.trim())), {
      message: "must be one or more postgresql:// URLs, separated by commas",
    })
    .optional()
    .describe(
      "PostgreSQL streaming replicas that take reads outside writes (one URL, or several separated by commas); writes, the change bus and the read index's loads stay on DATABASE_URL. Unset: every read goes to DATABASE_URL.",
    ),
  READ_REPLICA_MAX_LAG_MS: int(5000, 0).describe(
    "A read replica that has not replayed the newest change this process knows of for longer than this (milliseconds) takes no reads until it has: the bound on how stale a read without `KG-Read-After` can be.",
  ),
  READ_AFTER_WAIT_MS: int(2000, 0, 60_000).describe(
    "Longest wait in milliseconds of a request that carries `KG-Read-After: <change id>` for this process's read index and a read replica to have that change; then reads go to the primary, or the request fails with UNAVAILABLE if the index has not got it.",
  ),
  SQLITE_BUSY_TIMEOUT_MS: int(5000, 0).describe(
    "SQLite: longest wait in milliseconds for another connection's lock on the file before a write fails with UNAVAILABLE.",
  ),
  MIGRATE_ON_START: flag(true).describe(
    "Apply pending migrations on start (true/false or 1/0); false: refuse to start when any is pending (run `kg migrate`).",
  ),
  SEARCH_COMPACT_ON_START: flag(true).describe(
    "On start, merge SQLite's full-text index into one segment when writes and imports have left it in several (true/false or 1/0): each search then looks each word up once instead of once per segment (ignored for PostgreSQL).",
  ),
  SEED_ON_START: flag(true).describe(
    "Load the curated Kubernetes seed on start: adds what is missing, never overwrites (true/false or 1/0).",
  ),
  DEFAULT_PAGE_SIZE: int(20, 1, 1000).describe(
    "Default page size of connections when `first` is not given.",
  ),
  MAX_PAGE_SIZE: int(100, 1, 10000).describe(
    "Largest `first` a client may ask for; larger values are refused.",
  ),
  MAX_TRAVERSAL_DEPTH: int(4, 1, 10).describe(
    "Deepest `depth` / `maxDepth` a neighborhood or paths query may ask for.",
  ),
  MAX_TRAVERSAL_NODES: int(500, 1, 100_000).describe(
    "Most concepts a neighborhood returns; beyond it the answer is cut and says `truncated`.",
  ),
  MAX_PATH_VISITS: int(200_000, 100, 10_000_000).describe(
    "Most concepts one paths search may visit before it gives up (bounds work on huge graphs).",
  ),
  MAX_PATHS: int(10, 1, 100).describe("Largest `first` of a paths query (k shortest paths)."),
  MAX_QUERY_DEPTH: int(9, 2, 100).describe(
    "Deepest selection nesting an operation may have; deeper ones are refused before any work.",
  ),
  MAX_QUERY_TOKENS: int(4000, 100, 1_000_000).describe(
    "Most tokens (names, punctuation, values) a GraphQL document may have; longer ones are refused while parsed.",
  ),
  MAX_QUERY_ALIASES: int(30, 0, 10_000).describe(
    "Most aliases an operation may use, counted through fragments.",
  ),
  MAX_QUERY_DIRECTIVES: int(50, 0, 10_000).describe(
    "Most directives (@include, @skip, ...) an operation may use, counted through fragments.",
  ),
  MAX_RESPONSE_BYTES: int(16 * 1024 * 1024, 1000).describe(
    "Largest GraphQL answer in bytes (HTTP and each subscription event); larger ones are refused with RESPONSE_TOO_LARGE.",
  ),
  MAX_QUERY_COST: int(50_000, 10, 10_000_000).describe(
    "Highest estimated cost of an operation (about one per field per expected item).",
  ),
  GRAPHQL_JIT_AFTER: int(2, 0).describe(
    "Uses of the same query document after which it runs compiled (graphql-jit) instead of on graphql-js; 1 compiles at once, 0 never compiles.",
  ),
  BODY_LIMIT: int(1_048_576, 1024).describe("Largest HTTP request body in bytes."),
  IMPORT_TIMEOUT_MS: int(120_000, 1000).describe(
    "Longest time in milliseconds one import may hold its transaction before it is rolled back.",
  ),
  IMPORT_BULK_MIN_RECORDS: int(100, 0).describe(
    "Imports of at least this many records write their new ones in bulk, recorded as one change (0: always).",
  ),
  IMPORT_REPORT_MAX_ITEMS: int(1000, 0).describe(
    "Most per-record items an import report lists (counts stay exact; itemsTruncated says so).",
  ),
  READS_REQUIRE_KEY: flag(false).describe(
    "Require an API key for reads too (writes always need one) (true/false or 1/0).",
  ),
  RATE_LIMIT_PER_MINUTE: int(1200, 0).describe(
    "Requests per minute per API key (token bucket, bursts up to this many); 0 disables.",
  ),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: int(300, 0).describe(
    "Requests per minute per client IP address for callers without a key; 0 disables.",
  ),
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: int(30, 0).describe(
    "Requests per minute per client IP address that present a wrong, malformed or revoked key; beyond it the address is refused with 429 until its budget refills (guessing keys is slow).",
  ),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("Fastify/pino log level."),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100).describe(
    "Longest time in milliseconds a SIGTERM/SIGINT shutdown waits for in-flight requests before it gives up (exit 1); connections still open at half of it (a client that stopped reading) are cut.",
  ),
  SHUTDOWN_DELAY_MS: int(0, 0).describe(
    "Time in milliseconds /readyz answers 503 before the server stops accepting, so load balancers notice first.",
  ),
  METRICS_ENABLED: flag(true).describe("Serve Prometheus metrics at /metrics (true/false or 1/0)."),
  WS_MAX_CONNECTIONS: int(1000, 0).describe(
    "Most WebSocket connections (GraphQL subscriptions) one server holds; more are refused with 503.",
  ),
  WS_MAX_CONNECTIONS_PER_ADDRESS: int(100, 1).describe(
    "Most WebSocket connections from one client IP address; more are refused with 429.",
  ),
  WS_MAX_CONNECTIONS_PER_KEY: int(100, 1).describe(
    "Most WebSocket connections holding the same API key; more are closed with 4429.",
  ),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: int(20, 1).describe(
    "Most subscriptions one WebSocket connection may hold at once.",
  ),
  CHANGE_BUS_URL: z
    .string()
    .refine((v) => v === "off" || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be a postgresql:// URL or "off"',
    })
    .optional()
    .describe(
      'PostgreSQL URL of the change bus (LISTEN/NOTIFY) that tells other replicas about changes; "off" for none. Default: DATABASE_URL when it is PostgreSQL, else off (one SQLite process).',
    ),
  CHANGE_BUS_CHANNEL: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case SQL identifier")
    .default("kg_changes")
    .describe("The LISTEN/NOTIFY channel replicas share."),
  REPLICA_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "1-64 letters, digits or _.:-")
    .optional()
    .describe("This replica's name on the change bus (default: random per process)."),
});

/** One row of the configuration reference: a variable, its default as text, what it does. */
export interface ConfigVariable {
  name: string;
  default: string;
  description: string;
}

/** Every variable of the schema with its default and description: the source of the generated docs. */
export function configReference(): ConfigVariable[] {
  return Object.entries(schema.shape).map(([name, type]) => {
    const value: unknown = type.safeParse(undefined).data;
    return {
      name,
      default: value === undefined ? "" : String(value),
      description: type.description ?? "",
    };
  });
}

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  /** Which database DATABASE_URL names. */
  databaseProvider: "sqlite" | "postgresql";
  /** Absolute path of the SQLite file; null on PostgreSQL. */
  databaseFile: string | null;
  databasePoolSize: number;
  databaseConnectTimeoutMs: number;
  databaseWriteWaitMs: number;
  sqliteBusyTimeoutMs: number;
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
  maxQueryTokens: number;
  maxQueryAliases: number;
  maxQueryDirectives: number;
  maxResponseBytes: number;
  jitAfter: number;
  importTimeoutMs: number;
  importBulkMinRecords: number;
  importReportMaxItems: number;
  readsRequireKey: boolean;
  rateLimitPerMinute: number;
  rateLimitAnonymousPerMinute: number;
  rateLimitAuthFailuresPerMinute: number;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  shutdownTimeoutMs: number;
  shutdownDelayMs: number;
  metricsEnabled: boolean;
  wsMaxConnections: number;
  wsMaxSubscriptionsPerConnection: number;
  wsMaxConnectionsPerAddress: number;
  wsMaxConnectionsPerKey: number;
  /** The change bus between replicas, or null when there is none. */
  changeBus: { url: string; channel: string } | null;
  /** DATABASE_READ_URL's replicas (empty: none). */
  databaseReadUrls: string[];
  readReplicaMaxLagMs: number;
  readAfterWaitMs: number;
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
  if (sqlite && e.DATABASE_READ_URL) {
    throw new ConfigError([
      "DATABASE_READ_URL: read replicas need a PostgreSQL DATABASE_URL (SQLite has one file, one process)",
    ]);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseProvider: sqlite ? "sqlite" : "postgresql",
    databaseFile: sqlite ? sqliteFile(e.DATABASE_URL) : null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseConnectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    databaseWriteWaitMs: e.DATABASE_WRITE_WAIT_MS,
    sqliteBusyTimeoutMs: e.SQLITE_BUSY_TIMEOUT_MS,
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
    maxQueryTokens: e.MAX_QUERY_TOKENS,
    maxQueryAliases: e.MAX_QUERY_ALIASES,
    maxQueryDirectives: e.MAX_QUERY_DIRECTIVES,
    maxResponseBytes: e.MAX_RESPONSE_BYTES,
    jitAfter: e.GRAPHQL_JIT_AFTER,
    importTimeoutMs: e.IMPORT_TIMEOUT_MS,
    importBulkMinRecords: e.IMPORT_BULK_MIN_RECORDS,
    importReportMaxItems: e.IMPORT_REPORT_MAX_ITEMS,
    readsRequireKey: e.READS_REQUIRE_KEY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    rateLimitAnonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    rateLimitAuthFailuresPerMinute: e.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    metricsEnabled: e.METRICS_ENABLED,
    wsMaxConnections: e.WS_MAX_CONNECTIONS,
    wsMaxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    wsMaxConnectionsPerAddress: e.WS_MAX_CONNECTIONS_PER_ADDRESS,
    wsMaxConnectionsPerKey: e.WS_MAX_CONNECTIONS_PER_KEY,
    changeBus: changeBus(e.CHANGE_BUS_URL, e.DATABASE_URL, e.CHANGE_BUS_CHANNEL),
    databaseReadUrls: e.DATABASE_READ_URL?.split(",").map((u) => u.trim()) ?? [],
    readReplicaMaxLagMs: e.READ_REPLICA_MAX_LAG_MS,
    readAfterWaitMs: e.READ_AFTER_WAIT_MS,
    replicaId: e.REPLICA_ID ?? `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
  };
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * The absolute path of a SQLite `file:` URL: `file:./data/kg.db` and `file:data/kg.db` (relative to
 * the working directory), `file:/abs/kg.db`, or `file:///abs/kg.db` (a URL, %-escapes decoded). A
 * `?query` (Prisma's connection options) is ignored.
 */
export function sqliteFile(url: string): string {
  const bare = url.replace(/\?.*$/, "");
  if (bare.startsWith("file://")) return path.resolve(fileURLToPath(bare));
  return path.resolve(bare.slice("file:".length));
}

/** The bus is on with PostgreSQL (several replicas may share it) and off with one SQLite process. */
function changeBus(given: string | undefined, databaseUrl: string, channel: string) {
  const url = given ?? (isPostgresUrl(databaseUrl) ? databaseUrl : "off");
  return url === "off" ? null : { url, channel };
}
