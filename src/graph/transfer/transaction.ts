import type { Config } from "../../config.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Tx } from "../db-types.js";
import type { CoreServices } from "../services.js";

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
  /** Runs `fn` so that, if it throws, only its own writes are undone (a SQL savepoint). */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

let savepoints = 0;

/** Runs many service calls as one transaction: all or nothing, or nothing at all for a dry run. */
export class TransactionRunner {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: Config,
    private readonly build: (tx: Tx) => CoreServices,
  ) {}

  /** Runs `fn` in one transaction; with `dryRun` everything it wrote is rolled back and its result returned. */
  async run<T>(fn: (scope: TransactionScope) => Promise<T>, opts: { dryRun?: boolean } = {}) {
    try {
      return await this.prisma.$transaction(
        async (tx) => {
          const scope: TransactionScope = {
            services: this.build(tx),
            async savepoint(inner) {
              const name = `sp_${++savepoints}`;
              await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
              try {
                const result = await inner();
                await tx.$executeRawUnsafe(`RELEASE ${name}`);
                return result;
              } catch (err) {
                await tx.$executeRawUnsafe(`ROLLBACK TO ${name}`);
                await tx.$executeRawUnsafe(`RELEASE ${name}`);
                throw err;
              }
            },
          };
          const result = await fn(scope);
          if (opts.dryRun) throw new Rollback(result);
          return result;
        },
        { timeout: this.config.importTimeoutMs, maxWait: 10_000 },
      );
    } catch (err) {
      if (err instanceof Rollback) return err.result as T;
      throw err;
    }
  }
}
