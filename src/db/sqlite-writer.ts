import fs from "node:fs";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { StoreFault, asFault } from "./faults.js";
import { type StoreHealth, changesRows } from "./health.js";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

const script = (sql: string): Query => ({ sql, args: [], argTypes: [] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The driver's own code and message of an error from the adapter: a DriverAdapterError keeps them
 * in its cause; errors it has no kind for (SQLITE_FULL, SQLITE_ERROR) come through as they are.
 */
const driver = (err: unknown) => {
  const e = err as { code?: unknown; message?: unknown; cause?: Record<string, unknown> };
  return {
    code: String(e.cause?.originalCode ?? e.code ?? ""),
    message: String(e.cause?.originalMessage ?? e.message ?? ""),
  };
};
const isBusy = (err: unknown) => /SQLITE_BUSY|SQLITE_LOCKED/.test(driver(err).code);

export interface SqliteWriterOptions {
  /** The database file: a write first checks that it is still the file that was opened. */
  file: string;
  /** Longest wait for another connection's write lock (SQLITE_BUSY_TIMEOUT_MS). */
  busyTimeoutMs: number;
  /** Longest wait for this process's own writer, behind other writes (DATABASE_WRITE_WAIT_MS). */
  writeWaitMs: number;
}

/**
 * The one write path to a SQLite file, in place of the driver adapter's own transactions.
 *
 * The adapter holds a mutex from BEGIN until its transaction's `commit()`/`rollback()`, which Prisma
 * calls only after a COMMIT or ROLLBACK statement *succeeded*. On a full disk SQLite rolls the whole
 * transaction back itself, Prisma's ROLLBACK then fails ("no transaction is active"), the mutex is
 * never released and every later write waits for it forever; a failed COMMIT (a read-only file)
 * leaks it the same way, with the transaction left open. Here instead:
 * - a transaction always ends: a failed COMMIT is rolled back, a failed ROLLBACK is harmless, and
 *   the writer is released either way (and a transaction found still open is closed first);
 * - waits are bounded and never block the event loop: the writer's own queue (`writeWaitMs`), and
 *   another connection's lock, retried with BEGIN IMMEDIATE (busy_timeout is 0 on this
 *   connection: better-sqlite3 would sleep in the main thread) for up to `busyTimeoutMs`;
 * - statements outside transactions take the writer too, so they never run inside another
 *   request's open transaction;
 * - before each write the file is checked to be the one opened: a write to a deleted or moved file
 *   would "succeed" into a file nobody will open again;
 * - every storage fault becomes a StoreFault and is told to `health`, and every commit too.
 */
export class SqliteWriter {
  private held = false;
  private readonly waiters: (() => void)[] = [];
  private readonly identity: { dev: number; ino: number };

  constructor(
    private readonly conn: Adapter,
    private readonly health: StoreHealth,
    private readonly opts: SqliteWriterOptions,
  ) {
    const st = fs.statSync(opts.file);
    this.identity = { dev: st.dev, ino: st.ino };
  }

  /** A statement outside any transaction (autocommit), run with the writer held. */
  async run<T>(sql: string, fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      this.checkFile();
      const result = await this.retryWhileBusy(fn);
      if (changesRows(sql)) this.health.succeeded();
      return result;
    } catch (err) {
      throw this.health.fault(err);
    } finally {
      release();
    }
  }

  /** Starts an interactive transaction (BEGIN IMMEDIATE) for Prisma. */
  async startTransaction(isolationLevel?: string): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new Error(`SQLite runs every transaction SERIALIZABLE, not ${isolationLevel}`);
    }
    const release = await this.acquire();
    try {
      this.checkFile();
      await this.begin();
    } catch (err) {
      release();
      throw this.health.fault(err);
    }
    const conn = this.conn;
    const guard = async <T>(fn: () => Promise<T>) => {
      try {
        return await fn();
      } catch (err) {
        throw this.health.fault(err);
      }
    };
    return {
      provider: conn.provider,
      adapterName: conn.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (q) => guard(() => conn.queryRaw(q)),
      executeRaw: async (q) => {
        const end = q.sql.trim().toUpperCase();
        if (end === "COMMIT") return this.commit(release);
        if (end === "ROLLBACK") return this.rollback(release);
        return guard(() => conn.executeRaw(q));
      },
      commit: async () => release(),
      rollback: async () => release(),
    };
  }

  /**
   * Checks that a write can be committed, writing nothing: the file is the one opened, its write
   * lock can be taken, the database can grow by a page (a table and a row made and rolled back),
   * and a commit reaches the disk (the header's user_version written back unchanged).
   */
  async probe(): Promise<void> {
    const release = await this.acquire();
    try {
      this.checkFile();
      await this.begin();
      try {
        const number = async (pragma: string) =>
          Number((await this.conn.queryRaw(script(`PRAGMA ${pragma}`))).rows[0]?.[0] ?? 0);
        const free = await number("freelist_count");
        if (free < 64) {
          const bytes = (free + 1) * (await number("page_size"));
          await this.exec(
            `SAVEPOINT kg_probe; CREATE TABLE "_kg_probe"(b BLOB); INSERT INTO "_kg_probe" VALUES (zeroblob(${bytes})); ROLLBACK TO kg_probe; RELEASE kg_probe;`,
          );
        }
        await this.exec(`PRAGMA user_version = ${await number("user_version")}`);
        await this.exec("COMMIT");
      } catch (err) {
        await this.exec("ROLLBACK").catch(() => undefined);
        throw err;
      }
    } catch (err) {
      throw asFault(err);
    } finally {
      release();
    }
  }

  /** One script on the writer connection; a failure always rejects (the adapter throws at once). */
  private async exec(sql: string): Promise<void> {
    await this.conn.executeScript(sql);
  }

  private async commit(release: () => void): Promise<number> {
    try {
      await this.exec("COMMIT");
      this.health.succeeded();
      return 0;
    } catch (err) {
      // A failed COMMIT may leave the transaction open (SQLITE_FULL, SQLITE_IOERR): end it.
      await this.exec("ROLLBACK").catch(() => undefined);
      throw this.health.fault(err);
    } finally {
      release();
    }
  }

  private async rollback(release: () => void): Promise<number> {
    // Fails when SQLite rolled back already (SQLITE_FULL, SQLITE_IOERR): nothing is left to undo.
    await this.exec("ROLLBACK").catch(() => undefined);
    release();
    return 0;
  }

  /** BEGIN IMMEDIATE: takes the file's write lock now, retried while another connection holds it. */
  private async begin(): Promise<void> {
    await this.retryWhileBusy(async () => {
      try {
        await this.exec("BEGIN IMMEDIATE");
      } catch (err) {
        if (!/within a transaction/.test(driver(err).message)) throw err;
        // A transaction left open by a failure this writer did not see end: close it, begin again.
        await this.exec("ROLLBACK").catch(() => undefined);
        await this.exec("BEGIN IMMEDIATE");
      }
    });
  }

  private async retryWhileBusy<T>(fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.opts.busyTimeoutMs;
    for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
      try {
        return await fn();
      } catch (err) {
        if (!isBusy(err)) throw err;
        if (Date.now() >= deadline) {
          throw new StoreFault(
            "UNAVAILABLE",
            `the database is locked by another connection for longer than ${this.opts.busyTimeoutMs} ms`,
            { cause: err },
          );
        }
        await sleep(Math.min(wait, Math.max(1, deadline - Date.now())));
      }
    }
  }

  /** Throws when the path no longer leads to the file this writer opened. */
  private checkFile(): void {
    let st: fs.Stats;
    try {
      st = fs.statSync(this.opts.file);
    } catch {
      throw new StoreFault("UNAVAILABLE", "the database file is missing (moved or deleted)");
    }
    if (st.ino !== this.identity.ino || st.dev !== this.identity.dev) {
      throw new StoreFault(
        "UNAVAILABLE",
        "the database file was replaced by another one: restart to open it",
      );
    }
  }

  /** Takes the writer, waiting behind earlier writes for at most `writeWaitMs`. */
  private acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(this.releaser());
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new StoreFault(
            "UNAVAILABLE",
            `the database is busy: other writes held it for more than ${this.opts.writeWaitMs} ms`,
            { busy: true },
          ),
        );
      }, this.opts.writeWaitMs);
      this.waiters.push(waiter);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.held = false;
    };
  }
}
