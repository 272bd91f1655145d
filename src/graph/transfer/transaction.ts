import type { Config } from "../../config.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { authorize } from "../authorize.js";
import { type Change, ChangeFeed } from "../changes.js";
import type { Tx } from "../db-types.js";
import type { CoreServices } from "../services.js";

/** Holds the changes of a transaction in progress; they are told only after it commits. */
class PendingChanges extends ChangeFeed {
  readonly pending: Change[] = [];

  override emit(change: Change): void {
    this.pending.push(change);
  }
}

/** Thrown inside a transaction to roll it back on purpose (dry runs); never reaches a client. */
class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super("rollback");
  }
}

/** What a unit of work running in one transaction receives. */
export interface TransactionScope {
  /** The domain services, every statement inside this transaction. */
  services: CoreServices;
  /** The transaction itself, for reads that must see its own writes (history checks). */
  db: Tx;
  /** Runs `fn` so that, if it throws, only its own writes are undone (a SQL savepoint). */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

let savepoints = 0;

/** Runs many service calls as one transaction: all or nothing, or nothing at all for a dry run. */
export class TransactionRunner {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: Config,
    private readonly changes: ChangeFeed,
    private readonly build: (tx: Tx, changes: ChangeFeed) => CoreServices,
  ) {}

  /** Runs `fn` in one transaction; with `dryRun` everything it wrote is rolled back and its result returned. */
  async run<T>(fn: (scope: TransactionScope) => Promise<T>, opts: { dryRun?: boolean } = {}) {
    authorize("editor");
    const feed = new PendingChanges();
    let result: T;
    try {
      result = await this.prisma.$transaction(
        async (tx) => {
          const scope: TransactionScope = {
            services: this.build(tx, feed),
            db: tx,
            async savepoint(inner) {
              const name = `sp_${++savepoints}`;
              const told = feed.pending.length;
              await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
              try {
                const value = await inner();
                await tx.$executeRawUnsafe(`RELEASE ${name}`);
                return value;
              } catch (err) {
                await tx.$executeRawUnsafe(`ROLLBACK TO ${name}`);
                await tx.$executeRawUnsafe(`RELEASE ${name}`);
                feed.pending.length = told; // undone writes are never told
                throw err;
              }
            },
          };
          const value = await fn(scope);
          if (opts.dryRun) throw new Rollback(value);
          return value;
        },
        { timeout: this.config.importTimeoutMs, maxWait: 10_000 },
      );
    } catch (err) {
      if (err instanceof Rollback) return err.result as T;
      throw err;
    }
    // Committed: now the read index, and anything else following the feed, may see it.
    for (const change of feed.pending) this.changes.emit(change);
    return result;
  }
}
