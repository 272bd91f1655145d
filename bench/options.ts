import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Size } from "./graph.js";

/** The repository's root, and the benchmark's scratch folder (databases, CSV, revisions). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORK = path.join(ROOT, "data", "bench");

/** The database the app runs on in a pass of the benchmark. */
export type DbKind = "sqlite" | "postgres";

export interface Options {
  sizes: (Size | "seed")[];
  /** The passes, in order: SQLite (the default) and/or PostgreSQL. */
  dbs: DbKind[];
  /** Seconds measured per workload, after WARMUP seconds of warm-up. */
  duration: number;
  warmup: number;
  /** PostGraphile's rows: on its own tables (SQLite pass), on the app's (PostgreSQL pass). */
  withPostgraphile: boolean;
  /** --against REV: also serve W1 from the build of git revision REV, alternating with this one. */
  against: string | undefined;
  /** With --against: only the side-by-side W1 (no other workload, peer or import measure). */
  onlyAgainst: boolean;
  rounds: number;
  /** The results file in bench/results/ (--out; default latest.json, the one the docs show). */
  out: string;
}

export const USAGE = `Usage: npm run bench -- [--size seed|S|L|XL ...] [--db sqlite|postgres ...] [--duration 10]
  [--no-postgraphile] [--against REV [--rounds 3] [--only-against]] [--out latest.json]
XL (1M concepts, 5M relations) needs ~20 GB of memory and takes ~30 minutes; --out names the
results file in bench/results/ (charts are drawn for latest.json only).
--db postgres runs the app on a fresh PostgreSQL database (127.0.0.1:5432) holding the same graph,
and PostGraphile on that same database; --db sqlite --db postgres runs both passes.
--against REV also serves W1 from the build of git revision REV, alternating with this one
(--rounds times) on copies of the same SQLite database, and reports the median of each side and
their ratio; --only-against measures nothing else.`;

export function parseOptions(args: string[]): Options {
  const arg = (name: string) => args.filter((_, i) => args[i - 1] === `--${name}`);
  const dbs = arg("db").map((d) => (d === "postgresql" ? "postgres" : d));
  const sizes = arg("size");
  const bad = [
    ...dbs.filter((d) => d !== "sqlite" && d !== "postgres").map((d) => `--db ${d}`),
    ...sizes.filter((s) => !["seed", "S", "L", "XL"].includes(s)).map((s) => `--size ${s}`),
  ];
  if (bad.length > 0 || args.includes("--help")) {
    if (bad.length > 0) console.error(`bench: unknown ${bad.join(", ")}`);
    console.error(USAGE);
    process.exit(bad.length > 0 ? 2 : 0);
  }
  return {
    sizes: (sizes.length ? sizes : ["seed", "S", "L"]) as (Size | "seed")[],
    dbs: dbs.length ? [...new Set(dbs as DbKind[])] : ["sqlite"],
    duration: Number(arg("duration")[0] ?? 10),
    warmup: 2,
    withPostgraphile: !args.includes("--no-postgraphile"),
    against: arg("against")[0],
    onlyAgainst: args.includes("--only-against"),
    rounds: Number(arg("rounds")[0] ?? 3),
    out: arg("out")[0] ?? "latest.json",
  };
}
