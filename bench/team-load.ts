import { type Autocannon, type AutocannonResult, benchRequire } from "./peers.js";
import type { Cluster } from "./team-cluster.js";
import { quantile, round, stats } from "./stats.js";
import { UPDATE_CONCEPT, gql } from "./team-util.js";
import { W1, rotating } from "./workloads.js";

/** Read load with and without a writer (W5 on two replicas). */
export interface ReadFigures {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}
/** A process's own view of a phase, from its /metrics before and after. */
export interface ProcessFigures extends ReadFigures {
  /** CPU time it used (process_cpu_seconds_total). */
  cpu_s: number;
  /** Its event loop's delay (prom-client's histogram, reset by each scrape). */
  event_loop_p99_ms: number;
  event_loop_max_ms: number;
}
export interface ReadLoad extends ReadFigures {
  /** The same per process (A also commits the writes, B applies them from the change bus). */
  by_process: { a: ProcessFigures; b: ProcessFigures };
}

/** CPU seconds and event-loop delay from a process's /metrics (the scrape resets the delay). */
async function scrape(base: string) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
  return {
    cpu_s: value("process_cpu_seconds_total"),
    event_loop_p99_ms: round(value("nodejs_eventloop_lag_p99_seconds") * 1000),
    event_loop_max_ms: round(value("nodejs_eventloop_lag_max_seconds") * 1000),
  };
}
export interface MixedResult {
  connections_per_process: number;
  duration_s: number;
  without_writer: ReadLoad;
  with_writer: ReadLoad & {
    writes: number;
    write_errors: number;
    write_p50_ms: number;
    write_p99_ms: number;
  };
  p99_ratio: number;
}

const CONNECTIONS = 5;

/** Requests per second and latency percentiles of some runs' results and response times. */
function figures(results: AutocannonResult[], times: number[], seconds: number): ReadFigures {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    rps: Math.round(results.reduce((sum, r) => sum + r.requests.total, 0) / seconds),
    p50_ms: round(quantile(sorted, 0.5)),
    p99_ms: round(quantile(sorted, 0.99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

/** W1 at full rate on both processes at once for `seconds`; latencies from every response. */
async function readLoad(
  autocannon: Autocannon,
  bases: [string, string],
  slugs: string[],
  seconds: number,
): Promise<ReadLoad> {
  const times: [number[], number[]] = [[], []];
  const before = await Promise.all(bases.map(scrape));
  const results = await Promise.all(
    bases.map((url, i) => {
      const run = autocannon({
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: rotating(
          W1,
          slugs.map((slug) => ({ slug })),
        ),
      });
      run.on("response", (_client, status, _bytes, ms) => {
        if (status < 300) times[i]!.push(ms);
      });
      return run;
    }),
  );
  const after = await Promise.all(bases.map(scrape));
  const own = (i: 0 | 1): ProcessFigures => ({
    ...figures([results[i]!], times[i], seconds),
    ...after[i]!,
    cpu_s: round(after[i]!.cpu_s - before[i]!.cpu_s),
  });
  return { ...figures(results, times.flat(), seconds), by_process: { a: own(0), b: own(1) } };
}

/** updateConcept through A, one at a time, until `done` says stop. */
async function writer(c: Cluster, done: () => boolean) {
  const times: number[] = [];
  let errors = 0;
  for (let n = 0; !done(); n++) {
    const slug = c.slugs[(n * 7) % c.slugs.length]!;
    const started = performance.now();
    const r = await gql(
      c.a,
      UPDATE_CONCEPT,
      { slug, input: { summary: `Summary ${n} of ${slug}, rewritten by the team benchmark.` } },
      { authorization: `Bearer ${c.key}` },
    ).catch(() => ({ errors: ["request failed"] }));
    if (r.errors) errors++;
    else times.push(performance.now() - started);
  }
  return { times, errors };
}

/** Reads on both processes for `seconds` without, then with, a writer committing through A. */
export async function mixedLoad(c: Cluster, seconds: number): Promise<MixedResult> {
  const autocannon = benchRequire("autocannon") as Autocannon;
  const bases: [string, string] = [c.a, c.b];
  await readLoad(autocannon, bases, c.slugs, 2); // warm-up: JIT, pools, compiled queries
  const without = await readLoad(autocannon, bases, c.slugs, seconds);
  let stop = false;
  const writing = writer(c, () => stop);
  const withWriter = await readLoad(autocannon, bases, c.slugs, seconds);
  stop = true;
  const w = await writing;
  const ws = stats(w.times);
  return {
    connections_per_process: CONNECTIONS,
    duration_s: seconds,
    without_writer: without,
    with_writer: {
      ...withWriter,
      writes: w.times.length,
      write_errors: w.errors,
      write_p50_ms: ws.p50_ms,
      write_p99_ms: ws.p99_ms,
    },
    p99_ratio: round(withWriter.p99_ms / without.p99_ms),
  };
}
