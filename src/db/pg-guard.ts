import type { PrismaPg } from "@prisma/adapter-pg";
import { type StoreHealth, changesRows } from "./health.js";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];
type Run = (query: Query) => Promise<unknown>;

/**
 * A PostgreSQL transaction that always gives its pooled connection back. The adapter releases the
 * connection in `commit()`/`rollback()`, which Prisma calls only once the COMMIT or ROLLBACK
 * statement succeeded: on a connection that was lost (a restart, `pg_terminate_backend`, a network
 * cut) those statements fail, the connection was never released, and after DATABASE_POOL_SIZE such
 * losses every later write waited forever for a free one. Here a failed COMMIT or ROLLBACK still
 * ends the transaction (pg drops a broken connection instead of pooling it). A ROLLBACK that fails
 * has nothing left to undo: the server ends a transaction whose connection is gone.
 */
function guardedTransaction(tx: Transaction, health: StoreHealth): Transaction {
  const statement = (run: Run) => async (query: Query) => {
    const end = query.sql.trim().toUpperCase();
    try {
      const result = await run.call(tx, query);
      if (end === "COMMIT") health.succeeded();
      return result;
    } catch (err) {
      if (end !== "COMMIT" && end !== "ROLLBACK") throw health.fault(err);
      await tx.rollback().catch(() => undefined);
      if (end === "ROLLBACK") return 0;
      throw health.fault(err, { uncertainCommit: true });
    }
  };
  return new Proxy(tx, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (prop === "queryRaw" || prop === "executeRaw") return statement(value as Run);
      return typeof value === "function" ? (value as () => unknown).bind(obj) : value;
    },
  });
}

/**
 * Wraps the PostgreSQL driver adapter: storage faults (a lost connection, a full disk, an
 * unreachable server) become StoreFaults told to `health`, and every transaction ends whatever
 * its COMMIT or ROLLBACK did (see guardedTransaction). Methods are bound to the real objects.
 */
export function guardedPg(adapter: Adapter, health: StoreHealth): Adapter {
  return new Proxy(adapter, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== "function") return value;
      const fn = value as (...args: unknown[]) => Promise<unknown>;
      if (prop === "startTransaction") {
        return async (...args: unknown[]) => {
          try {
            return guardedTransaction((await fn.apply(obj, args)) as Transaction, health);
          } catch (err) {
            throw health.fault(err);
          }
        };
      }
      if (prop === "queryRaw" || prop === "executeRaw") {
        return async (query: Query) => {
          try {
            const result = await fn.call(obj, query);
            if (changesRows(query.sql)) health.succeeded();
            return result;
          } catch (err) {
            throw health.fault(err);
          }
        };
      }
      return fn.bind(obj);
    },
  });
}
