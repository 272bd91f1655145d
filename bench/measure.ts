import { type Autocannon, type AutocannonRequest, benchRequire } from "./peers.js";
import { quantile, round } from "./stats.js";

const autocannon = (() => {
  try {
    return benchRequire("autocannon") as Autocannon;
  } catch {
    console.error("bench: its peers are not installed; run: (cd bench && npm install)");
    process.exit(2);
  }
})();

export interface Measurement {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

/**
 * Throughput from autocannon (10 connections, `warmup` seconds unmeasured, then `duration`);
 * latency percentiles from every response's own time, kept to the microsecond (autocannon's
 * histogram counts whole milliseconds, too coarse to compare 1 ms with 2).
 */
export async function measure(
  url: string,
  requests: AutocannonRequest[],
  timing: { warmup: number; duration: number },
): Promise<Measurement> {
  await autocannon({ url, connections: 10, duration: timing.warmup, requests });
  const times: number[] = [];
  const run = autocannon({ url, connections: 10, duration: timing.duration, requests });
  run.on("response", (_client, status, _bytes, ms) => {
    if (status < 300) times.push(ms);
  });
  const r = await run;
  times.sort((a, b) => a - b);
  return {
    rps: r.requests.average,
    p50_ms: round(quantile(times, 0.5)),
    p99_ms: round(quantile(times, 0.99)),
    errors: r.errors + r.non2xx,
  };
}
