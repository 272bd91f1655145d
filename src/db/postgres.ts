import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client.js";
import { counting } from "./counting.js";
import { postgresSearch } from "./search-postgres.js";
import type { Db, StatementCounter } from "./db.js";
import { StoreHealth } from "./health.js";
import { applyMigrations, pendingError, pendingMigrations, postgresMigrations } from "./migrate.js";
import { guardedPg } from "./pg-guard.js";
import { ReadReplicas } from "./read-replicas.js";

/** Session lock held while migrations are applied: two replicas starting at once migrate one after the other. */
const MIGRATION_LOCK = 74_201;

/** Session lock held while one process seeds (and loads what it seeded): see Db.exclusively. */
const SEED_LOCK = 74_203;

/**
 * Transaction lock taken first by every write transaction (see `takeWriteLock`).
 * Writers on PostgreSQL then run one at a time, as they do on SQLite, across every replica.
 */
export const WRITE_LOCK = 74_202;

/**
 * Runs `fn` holding the session-level advisory lock `key` on a connection of its own: other
 * processes asking for the same lock wait until `fn` is done (or this process dies: the session
 * ends, and the lock with it).
 */
async function withSessionLock<T>(
  url: string,
  key: number,
  connectTimeoutMs: number,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  client.on("error", () => undefined); // a lost connection fails the query in flight instead
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined); // ends the session, which releases the lock
  }
}

/** Applies the pending PostgreSQL migrations under the migration lock; returns their names. */
export function migratePostgres(
  url: string,
  opts: { apply: boolean; connectTimeoutMs: number } = { apply: true, connectTimeoutMs: 5000 },
) {
  return withSessionLock(url, MIGRATION_LOCK, opts.connectTimeoutMs, (client) => {
    const target = postgresMigrations(client);
    return opts.apply ? applyMigrations(target) : pendingMigrations(target);
  });
}

/**
 * Taken first by every write transaction (the unit of work, src/graph/unit-of-work.ts), so write
 * transactions are serialised across every connection and every process on this database:
 * - no lost update: a read-check-write (expected version, uniqueness checks) sees the previous
 *   writer's commit;
 * - ids (ChangeRecord's above all) are drawn in commit order, so a reader paging `id > cursor`
 *   never skips a row that commits later with a smaller id. The change feed relies on this.
 * Reads outside transactions take no lock. The lock ends with the transaction (commit or rollback).
 */
export async function takeWriteLock(tx: { $executeRawUnsafe(sql: string): Promise<number> }) {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
}

const TEXT_FILTERS = new Set(["contains", "startsWith", "endsWith"]);

/**
 * SQLite's LIKE ignores ASCII case; PostgreSQL's does not. Adds `mode: "insensitive"` to every
 * text filter so `contains` matches alike on both (ILIKE under the "C" collation of the text
 * columns folds ASCII case only, like SQLite).
 */
function insensitive(where: unknown): unknown {
  if (Array.isArray(where)) return where.map(insensitive);
  if (!where || typeof where !== "object" || where instanceof Date) return where;
  const out: Record<string, unknown> = {};
  let text = false;
  for (const [k, v] of Object.entries(where)) {
    out[k] = insensitive(v);
    if (TEXT_FILTERS.has(k) && typeof v === "string") text = true;
  }
  if (text && !("mode" in out)) out.mode = "insensitive";
  return out;
}

export interface PostgresOptions {
  migrate: boolean;
  poolSize: number;
  /** Longest wait to open the migration and seed lock connections (DATABASE_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs: number;
  /** Longest wait for a pooled connection, and of a write for its turn (DATABASE_WRITE_WAIT_MS). */
  writeWaitMs: number;
  /** Streaming replicas for reads (DATABASE_READ_URL); empty: every read goes to the primary. */
  readUrls: string[];
  /** How long a replica may trail the primary before reads skip it (READ_REPLICA_MAX_LAG_MS). */
  readMaxLagMs: number;
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * A Prisma client over `connect`'s adapter. Text filters match regardless of ASCII case, as on
 * SQLite (see `insensitive`). One set of models, two generated clients: the PostgreSQL one has
 * the SQLite one's shape.
 */
async function pgClient(
  base: PrismaPg,
  connect: () => Promise<Adapter>,
  writeWaitMs: number,
): Promise<{ client: PgPrismaClient; prisma: PrismaClient }> {
  const factory = {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect,
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  const client = new PgPrismaClient({
    adapter: factory,
    transactionOptions: { maxWait: writeWaitMs },
  });
  await client.$connect();
  const extended = client.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          const a = args as { where?: unknown };
          return query(a.where ? ({ ...a, where: insensitive(a.where) } as typeof args) : args);
        },
      },
    },
  });
  return { client, prisma: extended as unknown as PrismaClient };
}

/** Opens the PostgreSQL database at `url` with a pool of `poolSize` connections. */
export async function openPostgres(url: string, opts: PostgresOptions): Promise<Db> {
  const pending = await migratePostgres(url, {
    apply: opts.migrate,
    connectTimeoutMs: opts.connectTimeoutMs,
  });
  if (!opts.migrate && pending.length > 0) throw pendingError(pending);

  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize,
    // Bounds a request's wait for a pooled connection (behind others under load) or a new one.
    connectionTimeoutMillis: Math.max(opts.writeWaitMs, opts.connectTimeoutMs),
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // The server may close a pooled connection (restart, fail-over, pg_terminate_backend, a dropped
  // database): the pool discards it and opens another on demand. Unlistened, that 'error' event
  // would end the process.
  pool.on("error", () => undefined);
  // The same for a connection while it is checked out between statements (a transaction waiting
  // on the app): pg emits the loss on the client, which nobody listens to then. The next statement
  // on it fails (a storage fault) and the pool discards it on release.
  pool.on("connect", (client) => client.on("error", () => undefined));
  // Can a write commit? `SELECT txid_current()` takes a transaction id, so it writes a commit record.
  const health = new StoreHealth(async () => {
    await pool.query("SELECT txid_current()");
  });
  const base = new PrismaPg(pool);
  const statements: StatementCounter = { count: 0 };
  const primary = async () => counting(guardedPg(await base.connect(), health), statements);
  const { client, prisma } = await pgClient(base, primary, opts.writeWaitMs);
  // Reads outside write transactions: through the replicas when there are any.
  const replicas =
    opts.readUrls.length > 0
      ? new ReadReplicas(opts.readUrls, {
          poolSize: opts.poolSize,
          connectTimeoutMs: opts.connectTimeoutMs,
          pollMs: 100,
          maxLagMs: opts.readMaxLagMs,
        })
      : null;
  await replicas?.start(async (replicaPool) =>
    counting(await new PrismaPg(replicaPool).connect(), statements),
  );
  const reading = replicas
    ? await pgClient(base, async () => replicas.route(await primary()), opts.writeWaitMs)
    : { client: null, prisma };
  const reader = reading.prisma;
  return {
    provider: "postgresql",
    prisma,
    reader,
    replicas,
    search: postgresSearch(reader),
    statements,
    health,
    connections: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    // A GIN index has no segments to merge.
    compactSearch: async () => null,
    exclusively: (fn) => withSessionLock(url, SEED_LOCK, opts.connectTimeoutMs, fn),
    async close() {
      await replicas?.close();
      await reading.client?.$disconnect();
      await client.$disconnect();
      await pool.end();
    },
  };
}
