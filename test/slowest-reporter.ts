// Prints the ten slowest test files at the end of a run (wall time of each file in its worker:
// importing it, then its tests and hooks), so that a file that grows slow is seen in every CI log.
import type { Reporter, TestModule } from "vitest/node";

const COUNT = 10;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows = modules
      .map((m) => {
        const d = m.diagnostic();
        return {
          name: `${m.project.name.padEnd(8)} ${m.relativeModuleId}`,
          total: d.collectDuration + d.duration,
          collect: d.collectDuration,
          tests: [...m.children.allTests()].length,
        };
      })
      .sort((a, b) => b.total - a.total)
      .slice(0, COUNT);
    if (rows.length === 0) return;
    const lines = rows.map(
      (r) =>
        `${seconds(r.total)}  ${r.name}  (${r.tests} tests, import ${seconds(r.collect).trim()})`,
    );
    process.stdout.write(`\nThe ${rows.length} slowest test files:\n${lines.join("\n")}\n`);
  }
}
