/** One step of a run: what it is (size, database, server, workload) and what it does. */
export interface Step {
  label: string;
  run: () => Promise<void> | void;
}

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/**
 * Runs steps in order and shows where the run is: one line per step with the time since the
 * run started and the step after it. On a terminal the line stays at the bottom and its clocks
 * tick in place; elsewhere (a log, a pipe) each step prints one plain line when it starts.
 * Everything else a step prints goes through `log`, above the status line.
 */
export class Progress {
  private readonly started = Date.now();
  private stepStarted = Date.now();
  private status = "";
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly out: NodeJS.WriteStream = process.stdout) {}

  private get tty() {
    return this.out.isTTY === true;
  }

  /** Prints a line (a result) without tearing the status line. */
  log(line: string) {
    if (this.tty && this.status) this.out.write("\r\x1b[2K");
    this.out.write(`${line}\n`);
    if (this.tty && this.status) this.draw();
  }

  private line(index: number, steps: Step[]) {
    const step = steps[index]!;
    const next = steps[index + 1]?.label ?? "the report";
    const elapsed = clock(Date.now() - this.started);
    const own = this.tty ? ` (${clock(Date.now() - this.stepStarted)})` : "";
    return `[${index + 1}/${steps.length} ${elapsed}] ${step.label}${own}; next: ${next}`;
  }

  private draw() {
    // Cut to the terminal's width: a wrapped line could not be redrawn in place.
    const width = this.out.columns ? this.out.columns - 1 : Infinity;
    this.out.write(`\r\x1b[2K${this.status.slice(0, width)}`);
  }

  /** Runs every step in order; a failing step stops the run (its error is thrown). */
  async runAll(steps: Step[]) {
    try {
      for (let i = 0; i < steps.length; i++) {
        this.stepStarted = Date.now();
        if (this.tty) {
          this.status = this.line(i, steps);
          this.draw();
          clearInterval(this.timer);
          this.timer = setInterval(() => {
            this.status = this.line(i, steps);
            this.draw();
          }, 1000);
        } else {
          this.out.write(`${this.line(i, steps)}\n`);
        }
        await steps[i]!.run();
      }
    } finally {
      clearInterval(this.timer);
      if (this.tty && this.status) this.out.write("\r\x1b[2K");
      this.status = "";
    }
    this.log(`done: ${steps.length} steps in ${clock(Date.now() - this.started)}`);
  }
}
