import fs from "node:fs";
import path from "node:path";
import type { Measurement } from "./measure.js";
import type { DbKind } from "./options.js";

export type ServerName = "kg" | "baseline" | "postgraphile" | "ceiling";

/** One measured row. `db`: the database the app ran on in that pass (absent in older files: SQLite). */
export interface Result extends Measurement {
  workload: string;
  size: string;
  db?: DbKind;
  server: ServerName;
}

/** What bench/results/latest.json holds; per-size details (start-up, imports, loads) beside. */
export interface BenchJson {
  ran_at: string;
  sizes: string[];
  dbs?: DbKind[];
  duration_s: number;
  results: Result[];
  ratios: Record<string, number>;
  [detail: string]: unknown;
}

/**
 * The targets of the issue, as ratios (docs/benchmark.md lists them with the last run's results).
 * `min`: the ratio must be at least this; `max`: at most.
 */
export const TARGETS = {
  /** W1: kg ≥ 0.7x the raw baseline (SQLite). */
  w1VsBaseline: { min: 0.7 },
  /** W1: kg ≥ 1.0x PostGraphile (kg on SQLite, PostGraphile on its own tables). */
  w1VsPostgraphile: { min: 1.0 },
  /** W1: kg on PostgreSQL ≥ 1.5x PostGraphile on the same database. */
  pgW1VsPostgraphile: { min: 1.5 },
  /** W2 and W3: p50 ≤ 2x W1's p50, on each database. */
  p50VsW1: { max: 2 },
  /** Every workload: throughput on L ≥ 0.7x its throughput on S. */
  lVsS: { min: 0.7 },
} as const;

/** The row of workload `w`, size `s` and server on database `db` (SQLite when a row has none). */
export const find = (
  results: Result[],
  w: string,
  s: string,
  server: ServerName,
  db: DbKind = "sqlite",
) =>
  results.find(
    (r) => r.workload === w && r.size === s && r.server === server && (r.db ?? "sqlite") === db,
  );

/** The ratios that the targets are about, from the rows of one run. */
export function ratiosOf(
  results: Result[],
  sizes: string[],
  extra: Record<string, unknown>,
): Record<string, number> {
  const ratios: Record<string, number> = {};
  for (const s of sizes) {
    const kg = find(results, "W1", s, "kg");
    const base = find(results, "W1", s, "baseline");
    const pg = find(results, "W1", s, "postgraphile");
    if (kg && base) ratios[`W1_${s}_kg_vs_baseline`] = kg.rps / base.rps;
    if (kg && pg) ratios[`W1_${s}_kg_vs_postgraphile`] = kg.rps / pg.rps;
    const ceiling = find(results, "W1", s, "ceiling");
    if (kg && ceiling) ratios[`W1_${s}_kg_vs_ceiling`] = kg.rps / ceiling.rps;
    for (const w of ["W2", "W3"]) {
      const x = find(results, w, s, "kg");
      if (x && kg) ratios[`${w}_${s}_p50_vs_W1_p50`] = x.p50_ms / Math.max(kg.p50_ms, 0.001);
    }
  }
  for (const s of sizes) {
    const imp = extra[`import_${s}`] as { ratio: number } | undefined;
    if (imp) ratios[`import_${s}_vs_raw_insert`] = imp.ratio;
  }
  for (const large of ["L", "XL"] as const) {
    if (!sizes.includes(large) || !sizes.includes("S")) continue;
    for (const w of ["W1", "W2", "W3", "W4", "W5"]) {
      const l = find(results, w, large, "kg");
      const s = find(results, w, "S", "kg");
      if (l && s) ratios[`${w}_${large}_vs_S_throughput`] = l.rps / s.rps;
    }
  }
  // The PostgreSQL pass: kg and PostGraphile on one database.
  for (const s of sizes) {
    const kg = find(results, "W1", s, "kg", "postgres");
    const pg = find(results, "W1", s, "postgraphile", "postgres");
    if (kg && pg) ratios[`PG_W1_${s}_kg_vs_postgraphile`] = kg.rps / pg.rps;
    for (const w of ["W2", "W3"]) {
      const x = find(results, w, s, "kg", "postgres");
      if (x && kg) ratios[`PG_${w}_${s}_p50_vs_W1_p50`] = x.p50_ms / Math.max(kg.p50_ms, 0.001);
    }
  }
  return ratios;
}

/** One row as the run prints it when measured. */
export const describe = (r: Result) =>
  `${r.size} ${r.db ?? "sqlite"} ${r.workload} ${r.server}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, errors ${r.errors}`;

/** The short table printed at the end of a run. */
export function table(results: Result[]): string {
  const lines = ["workload size db       server        req/s   p50 ms  p99 ms"];
  for (const r of results) {
    lines.push(
      `${r.workload.padEnd(8)} ${r.size.padEnd(4)} ${(r.db ?? "sqlite").padEnd(8)} ${r.server.padEnd(12)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50_ms).padStart(8)} ${String(r.p99_ms).padStart(7)}`,
    );
  }
  return lines.join("\n");
}

export const RESULTS_DIR = path.join(import.meta.dirname, "results");

/** Writes the run as bench/results/latest.json; returns the file's path. */
export function writeJson(json: BenchJson, dir = RESULTS_DIR, name = "latest.json"): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}
