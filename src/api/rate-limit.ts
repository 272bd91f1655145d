/**
 * Token buckets in memory, one per caller: each holds up to `perMinute` requests and refills at
 * `perMinute` per minute. Per process: with several replicas each grants its own budget.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one request from `caller`'s bucket: 0 when allowed, else the seconds to wait. */
  take(caller: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.now();
    const b = this.buckets.get(caller) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * this.perMs);
    b.at = now;
    if (this.buckets.size > 10_000) this.prune(now);
    this.buckets.set(caller, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perMs / 1000));
  }

  /** The seconds `caller` must wait before its next request (0: it may go now); takes nothing. */
  waiting(caller: string): number {
    const b = this.buckets.get(caller);
    if (this.perMinute <= 0 || !b) return 0;
    const tokens = Math.min(this.perMinute, b.tokens + (this.now() - b.at) * this.perMs);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
  }

  /** Forgets buckets that have refilled: they are the same as new ones. */
  private prune(now: number) {
    for (const [caller, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.perMinute) this.buckets.delete(caller);
    }
  }
}
