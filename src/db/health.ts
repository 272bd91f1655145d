import { type FaultCode, type StoreFault, asFault, storageFault } from "./faults.js";

/** Statements that change rows: their success shows that the store takes writes again. */
export const changesRows = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql);

/** Whether writes can be committed, as the last ones found (see StoreHealth). */
export interface WriteFailure {
  code: FaultCode;
  reason: string;
  since: Date;
}

/**
 * Can this store commit? A sticky flag, set by the write paths when a write fails with a storage
 * fault and cleared when a commit succeeds. A cheap read cannot tell (a full or read-only SQLite
 * file, or a PostgreSQL out of disk, still answers SELECT), and a real write on every readiness
 * check would cost a commit every few seconds per replica. While the flag is set, a readiness check
 * runs `probe` (a write that commits nothing, see the stores) so the flag clears once the fault has
 * cleared, even when no client writes (a replica out of the load balancer gets no writes).
 */
export class StoreHealth {
  private failure: WriteFailure | null = null;
  private probing: Promise<void> | null = null;
  private uncertain = false;
  private readonly recovered: (() => void)[] = [];

  constructor(private readonly probe: () => Promise<void>) {}

  /** A write failed because of the store. */
  failed(fault: StoreFault, opts: { uncertainCommit?: boolean } = {}): void {
    this.failure = {
      code: fault.code,
      reason: fault.reason,
      since: this.failure?.since ?? new Date(),
    };
    // The connection was lost during COMMIT: the change may be stored though the write failed.
    if (opts.uncertainCommit) this.uncertain = true;
  }

  /**
   * `err` as a StoreFault told to this flag, or `err` itself when it is not a storage fault.
   * `uncertainCommit`: it ended a COMMIT, whose outcome a lost connection leaves unknown.
   */
  fault(err: unknown, opts: { uncertainCommit?: boolean } = {}): unknown {
    const mapped = asFault(err);
    const fault = storageFault(mapped);
    // A busy store (a wait that ran out under load) can still commit: not a failure to report.
    if (fault && !fault.busy) {
      this.failed(fault, { uncertainCommit: opts.uncertainCommit && fault.code === "UNAVAILABLE" });
    }
    return mapped;
  }

  /** A write committed. */
  succeeded(): void {
    if (!this.failure) return;
    this.failure = null;
    if (!this.uncertain) return;
    this.uncertain = false;
    for (const fn of this.recovered) fn();
  }

  /** Called when writes work again after a commit whose outcome was unknown (reload what may be stale). */
  onUncertainRecovery(fn: () => void): void {
    this.recovered.push(fn);
  }

  /** Throws (a storage fault) unless a write could be committed now: a start refuses a store it cannot write. */
  async verify(): Promise<void> {
    await this.probe();
  }

  /** The current failure, null when writes work; probes the store first when it was failing. */
  async check(): Promise<WriteFailure | null> {
    if (!this.failure) return null;
    this.probing ??= this.probe()
      .then(
        () => this.succeeded(),
        (err: unknown) => {
          const fault = storageFault(err);
          if (fault) this.failed(fault);
        },
      )
      .finally(() => (this.probing = null));
    await this.probing;
    return this.failure;
  }
}
