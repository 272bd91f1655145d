import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { writeCharts } from "./charts.js";
import { ROOT, WORK, parseOptions } from "./options.js";
import { PG_DB, postgresSteps } from "./postgres-pass.js";
import { dropDatabase } from "./postgres.js";
import { Progress, type Step } from "./progress.js";
import { ratiosOf, table, writeJson } from "./report.js";
import { buildRevision, stopAll } from "./servers.js";
import { sqliteSteps } from "./sqlite-pass.js";
import { type GraphData, createRun, failure, graphOf } from "./steps.js";

// The benchmark (docs/benchmark.md). Usage: npm run bench -- --help (bench/options.ts).
// Per size: the graph and its workloads, then each pass asked for (--db): SQLite (the app, the
// raw baseline, the ceiling, PostGraphile on its own tables; bench/sqlite-pass.ts) and/or
// PostgreSQL (the app and PostGraphile on one database; bench/postgres-pass.ts). Then the table,
// the ratios, bench/results/latest.json and the charts (bench/report.ts, bench/charts.ts).
const opts = parseOptions(process.argv.slice(2));
// The server runs compiled, as in production; build it from the current sources first.
execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });

const progress = new Progress();
const run = createRun(opts, progress, opts.against ? buildRevision(opts.against) : null);

const steps: Step[] = [];
for (const size of opts.sizes) {
  let data: GraphData | undefined;
  const graph = () => data ?? failure(`the ${size} graph is not made yet`);
  steps.push({
    label: `${size}: make the graph and its workloads`,
    run: async () => {
      data = await graphOf(size);
    },
  });
  for (const db of opts.dbs) {
    steps.push(
      ...(db === "sqlite" ? sqliteSteps(run, size, graph) : postgresSteps(run, size, graph)),
    );
  }
  steps.push({ label: `${size}: free the graph`, run: () => void (data = undefined) });
}

fs.mkdirSync(WORK, { recursive: true });
try {
  await progress.runAll(steps);
} finally {
  // After a failure: no server left running, no PostgreSQL database left behind.
  await stopAll();
  if (opts.dbs.includes("postgres")) dropDatabase(PG_DB);
}

console.log(`\n${table(run.results)}`);
const ratios = ratiosOf(run.results, opts.sizes, run.extra);
console.log("\nratios:", JSON.stringify(ratios, null, 2));
const json = {
  ran_at: new Date().toISOString(),
  sizes: opts.sizes,
  dbs: opts.dbs,
  duration_s: opts.duration,
  results: run.results,
  ratios,
  ...run.extra,
};
console.log(`wrote ${path.relative(ROOT, writeJson(json, undefined, opts.out))}`);
if (opts.out === "latest.json") {
  for (const chart of writeCharts(json)) console.log(`wrote ${path.relative(ROOT, chart)}`);
}
