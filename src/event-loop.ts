/**
 * Long runs of work that never wait for I/O (SQLite's driver answers synchronously, so a loop
 * of awaited statements is one long chain of microtasks) would hold the event loop: no other
 * request, health check or timer would run until they end. They call `breathe()` between steps;
 * at most every `sliceMs` it lets everything else that is waiting run first.
 */
export class Breather {
  private last = performance.now();

  constructor(private readonly sliceMs = 10) {}

  /** Yields to the event loop when this run has held it for `sliceMs` or more. */
  async breathe(): Promise<void> {
    if (performance.now() - this.last < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
