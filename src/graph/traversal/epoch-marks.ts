/**
 * Visited marks over concept ids, cleared in constant time: an id is marked when its slot holds
 * the current pass's epoch. Traversals are synchronous, so one set of marks serves them all.
 */
export class EpochMarks {
  private mark = new Int32Array(0);
  private epoch = 0;

  /** Starts a pass over ids below `size` with nothing marked. */
  begin(size: number): void {
    if (this.mark.length < size) {
      this.mark = new Int32Array(Math.max(size, this.mark.length * 2));
    } else if (this.epoch >= 0x7fffffff) {
      this.mark.fill(0);
      this.epoch = 0;
    }
    this.epoch++;
  }

  has(id: number): boolean {
    return this.mark[id] === this.epoch;
  }

  add(id: number): void {
    this.mark[id] = this.epoch;
  }
}
