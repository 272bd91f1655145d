import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client.js";
import { counting } from "./counting.js";
import { postgresSearch } from "./search-postgres.js";
import type { Db, StatementCounter } from "./db.js";
import { applyMigrations, pendingError, pendingMigrations, postgresMigrations } from "./migrate.js";

/** Session lock held while migrations are applied: two replicas starting at once migrate one after the other. */
const MIGRATION_LOCK = 74_201;

/**
 * Transaction lock taken first by every interactive write transaction (see `serialisedWrites`).
 * Writers on PostgreSQL then run one at a time, as they do on SQLite, across every replica.
 */
export const WRITE_LOCK = 74_202;

/** Applies the pending PostgreSQL migrations under the migration lock; returns their names. */
export async function migratePostgres(url: string, opts: { apply: boolean } = { apply: true }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const target = postgresMigrations(client);
    return opts.apply ? await applyMigrations(target) : await pendingMigrations(target);
  } finally {
    await client.end(); // ends the session, which releases the lock
  }
}

/**
 * Makes every interactive `$transaction(fn)` start with `pg_advisory_xact_lock(WRITE_LOCK)`, so
 * write transactions are serialised across every connection and every process on this database:
 * - no lost update: a read-check-write (expected version, uniqueness checks) sees the previous
 *   writer's commit;
 * - ids (ChangeRecord's above all) are drawn in commit order, so a reader paging `id > cursor`
 *   never skips a row that commits later with a smaller id. The change feed relies on this.
 * Reads outside transactions take no lock. The lock ends with the transaction (commit or rollback).
 */
function serialisedWrites<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === "$transaction") {
        const run = value as (arg: unknown, opts?: unknown) => Promise<unknown>;
        return (arg: unknown, opts?: unknown) =>
          typeof arg === "function"
            ? run.call(
                target,
                async (tx: { $executeRawUnsafe(sql: string): Promise<number> }) => {
                  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
                  return (arg as (t: unknown) => unknown)(tx);
                },
                opts,
              )
            : run.call(target, arg, opts);
      }
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
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

/** Opens the PostgreSQL database at `url` with a pool of `poolSize` connections. */
export async function openPostgres(
  url: string,
  opts: { migrate: boolean; poolSize: number },
): Promise<Db> {
  const pending = await migratePostgres(url, { apply: opts.migrate });
  if (!opts.migrate && pending.length > 0) throw pendingError(pending);

  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize });
  // The server may close a pooled connection (restart, fail-over, pg_terminate_backend, a dropped
  // database): the pool discards it and opens another on demand. Unlistened, that 'error' event
  // would end the process.
  pool.on("error", () => undefined);
  const base = new PrismaPg(pool);
  const statements: StatementCounter = { count: 0 };
  const factory = {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect: async () => counting(await base.connect(), statements),
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  const client = new PgPrismaClient({ adapter: factory });
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
  // One set of models, two generated clients: the PostgreSQL one has the SQLite one's shape.
  const prisma = serialisedWrites(extended) as unknown as PrismaClient;
  return {
    provider: "postgresql",
    prisma,
    search: postgresSearch(prisma),
    statements,
    connections: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    // A GIN index has no segments to merge.
    compactSearch: async () => null,
    async close() {
      await client.$disconnect();
      await pool.end();
    },
  };
}
