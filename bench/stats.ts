/** Percentiles of measured times, shared by the benchmarks. */

/** The q-quantile of sorted numbers (nearest rank). */
export const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/** Milliseconds kept to the microsecond. */
export const round = (ms: number) => Math.round(ms * 1000) / 1000;

export interface Stats {
  count: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

/** p50, p99 and max of a list of times in milliseconds. */
export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50_ms: round(quantile(sorted, 0.5)),
    p99_ms: round(quantile(sorted, 0.99)),
    max_ms: round(sorted[sorted.length - 1] ?? NaN),
  };
}
