import { ContextSlot } from "../context.js";
import type { Config } from "../config.js";
import { takeWriteLock } from "../db/postgres.js";
import { committed } from "../db/read-replicas.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Role } from "./actor.js";
import { authorize } from "./authorize.js";
import type { Change, ChangeEvent, ChangeFeed } from "./changes.js";
import type { Tx } from "./db-types.js";
import { recordChange } from "./history/history.record.js";
import type { Snapshot } from "./history/history.types.js";

/** What a write runs with: its transaction, and the way it records what it changed. */
export interface Work {
  tx: Tx;
  /** Records a change in history; it is told to subscribers once the whole unit has committed. */
  record<E extends ChangeEvent>(event: E, before?: Snapshot | null): Promise<E>;
  /** Tells a change that history already holds (a bulk import's one record) after the commit. */
  tell(change: Change): void;
  /** Runs `fn` so that, if it throws, only its own writes are undone (a SQL savepoint). */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

interface Open {
  tx: Tx;
  pending: Change[];
}

/** Thrown inside a transaction to roll it back on purpose (dry runs); never reaches a client. */
class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super("rollback");
  }
}

let savepoints = 0;

/**
 * The one write path: authorize -> transaction -> change records -> events after the commit.
 * A write method states only its domain logic inside `write`. A write called inside another one
 * (an import, a revert) joins the open transaction, found through AsyncLocalStorage; its
 * changes are told only when the outermost unit commits, and not at all when it rolls back.
 * On PostgreSQL every unit first takes the write lock, so writers run one at a time across
 * processes (no lost update; change ids in commit order, which the change feed relies on).
 */
export class UnitOfWork {
  private readonly open = new ContextSlot<Open>();

  constructor(
    private readonly prisma: PrismaClient,
    /** Where reads outside a unit go: `prisma`, or a client that reads from replicas. */
    private readonly reader: PrismaClient,
    private readonly config: Config,
    private readonly changes: ChangeFeed,
  ) {}

  /** Where reads go: the open unit's transaction (to see its own writes), else the reader. */
  get db(): Tx {
    return this.open.get()?.tx ?? this.reader;
  }

  /** Whether a unit is open here (reads must then not come from the committed read index). */
  get inside(): boolean {
    return this.open.get() !== undefined;
  }

  /**
   * Runs `fn` as one write by an actor with at least `role`. With `dryRun` everything it wrote is
   * rolled back and its result returned; `long` gives it the import's time budget.
   */
  async write<T>(
    role: Role,
    fn: (work: Work) => Promise<T>,
    opts: { dryRun?: boolean; long?: boolean } = {},
  ): Promise<T> {
    authorize(role);
    const outer = this.open.get();
    if (outer) return fn(this.work(outer));
    const state: Open = { tx: this.prisma, pending: [] };
    let result: T;
    try {
      result = await this.prisma.$transaction(
        async (tx) => {
          state.tx = tx;
          if (this.config.databaseProvider === "postgresql") await takeWriteLock(tx);
          return this.open.run(state, async () => {
            const value = await fn(this.work(state));
            if (opts.dryRun) throw new Rollback(value);
            return value;
          });
        },
        opts.long
          ? { timeout: this.config.importTimeoutMs, maxWait: this.config.databaseWriteWaitMs }
          : undefined,
      );
    } catch (err) {
      if (err instanceof Rollback) return err.result as T;
      throw err;
    }
    // Committed: now the read index, and anything else following the feed, may see it.
    for (const change of state.pending) {
      this.changes.emit(change);
      // The request's later reads, and its caller through KG-Change-Id, need this change.
      if (change.changeId != null) committed(change.changeId);
    }
    return result;
  }

  private work(state: Open): Work {
    const { tx, pending } = state;
    return {
      tx,
      async record(event, before = null) {
        const recorded = await recordChange(tx, event, before);
        pending.push(recorded);
        return recorded;
      },
      tell: (change) => void pending.push(change),
      async savepoint(inner) {
        const name = `sp_${++savepoints}`;
        const told = pending.length;
        await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
        try {
          const value = await inner();
          await tx.$executeRawUnsafe(`RELEASE ${name}`);
          return value;
        } catch (err) {
          pending.length = told; // undone writes are never told
          // When the store itself failed (a full disk), the transaction may be gone, and its
          // savepoint with it: the error that matters is the first one.
          await tx
            .$executeRawUnsafe(`ROLLBACK TO ${name}`)
            .then(() => tx.$executeRawUnsafe(`RELEASE ${name}`))
            .catch(() => {
              throw err;
            });
          throw err;
        }
      },
    };
  }
}
