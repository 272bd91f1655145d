import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DATABASE, startCluster, stopCluster } from "./team-cluster.js";
import { type MixedResult, type ProcessFigures, type ReadFigures, mixedLoad } from "./team-load.js";
import { type StalenessResult, staleness } from "./team-staleness.js";
import { type SubscribersResult, subscribers } from "./team-subscribers.js";

// Usage: npm run bench:team -- [--duration 10] [--writes 300] [--subscribers 500] [--events 50]
// The team topology of docs/deployment.md on PostgreSQL: two API processes (A and B) on one
// primary, reading through its hot standby (scripts/pg-standby.sh must have started it), measured
// for mixed load, staleness between replicas and subscription delivery (docs/benchmark-team.md).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = arg("duration", 10);
const WRITES = arg("writes", 300);
const PER_PROCESS = arg("subscribers", 500);
const EVENTS = arg("events", 50);
const TARGETS = { p99_ratio: 3, staleness_p99_ms: 1000, delivery_p99_ms: 250 };

let cleaning: Promise<void> | null = null;
const cleanup = () => (cleaning ??= stopCluster());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().then(() => process.exit(130)));
}

/** The machine is shared: its load before and after the run says how much the figures owe to it. */
const loadBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
// The server runs compiled, as in production; build it from the current sources first.
execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
const { SEED_CONCEPTS } = await import("../seed/index.js");
const run = Date.now().toString(36);
const ranAt = new Date().toISOString();

let mixed: MixedResult | undefined;
let stale: StalenessResult | undefined;
let subs: SubscribersResult | undefined;
try {
  const c = await startCluster(
    ROOT,
    SEED_CONCEPTS.map((x) => x.slug),
  );
  console.log(`bench:team: ${DATABASE} seeded (${c.slugs.length} concepts); A ${c.a}, B ${c.b}`);
  mixed = await mixedLoad(c, DURATION);
  console.log("1. mixed load:", JSON.stringify(mixed));
  stale = await staleness(c, WRITES, run);
  console.log("2. staleness:", JSON.stringify(stale));
  subs = await subscribers(c, PER_PROCESS, EVENTS, 100, run);
  console.log("3. subscriptions:", JSON.stringify(subs));
} catch (err) {
  console.error("bench:team failed:", err);
  process.exitCode = 1;
} finally {
  await cleanup();
}

const met = {
  p99_ratio: mixed ? mixed.p99_ratio <= TARGETS.p99_ratio : null,
  staleness: stale
    ? Math.max(stale.index.p99_ms, stale.replica.p99_ms) <= TARGETS.staleness_p99_ms &&
      stale.index.not_seen + stale.replica.not_seen === 0
    : null,
  read_after: stale ? stale.read_after.misses === 0 : null,
  delivery: subs ? subs.delivery.p99_ms <= TARGETS.delivery_p99_ms && subs.missing === 0 : null,
};

const row = (what: string, figure: string, target: string, ok: boolean | null) =>
  console.log(
    `${what.padEnd(34)} ${figure.padEnd(44)} ${target.padEnd(14)} ${ok === null ? "-" : ok ? "met" : "NOT met"}`,
  );
console.log(
  `\nload average (1, 5, 15 min) before: ${loadBefore.join(", ")}; after: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(", ")}`,
);
console.log(`${"measure".padEnd(34)} ${"figure".padEnd(44)} ${"target".padEnd(14)} met`);
if (mixed) {
  const w = mixed.without_writer;
  const x = mixed.with_writer;
  const reads = (r: ReadFigures) => `${r.rps} req/s, p50 ${r.p50_ms}, p99 ${r.p99_ms} ms`;
  row("W1 reads, no writer", reads(w), "", null);
  row(`W1 reads, writer (${x.writes} writes)`, reads(x), "", null);
  for (const p of ["a", "b"] as const) {
    const own = (r: ProcessFigures) =>
      `${reads(r)}; CPU ${r.cpu_s} s, event loop max ${r.event_loop_max_ms} ms`;
    row(`  on ${p.toUpperCase()}: no writer / writer`, own(w.by_process[p]), "", null);
    row("", own(x.by_process[p]), "", null);
  }
  row(`writes through A`, `p50 ${x.write_p50_ms}, p99 ${x.write_p99_ms} ms`, "", null);
  row("p99 with / without writer", `${mixed.p99_ratio}x`, "<= 3x", met.p99_ratio);
}
if (stale) {
  for (const [name, s] of [
    ["B's read index", stale.index],
    ["B's standby reads", stale.replica],
  ] as const) {
    row(
      `staleness: ${name}`,
      `p50 ${s.p50_ms}, p99 ${s.p99_ms}, max ${s.max_ms} ms`,
      "p99 <= 1000 ms",
      s.p99_ms <= TARGETS.staleness_p99_ms && s.not_seen === 0,
    );
  }
  const r = stale.read_after;
  row(
    "KG-Read-After misses",
    `${r.misses} of ${r.reads} (503: ${r.unavailable})`,
    "0",
    met.read_after,
  );
}
if (subs) {
  const d = subs.delivery;
  row(
    `delivery, ${subs.subscribers} subscribers`,
    `p50 ${d.p50_ms}, p99 ${d.p99_ms}, max ${d.max_ms} ms`,
    "p99 <= 250 ms",
    d.p99_ms <= TARGETS.delivery_p99_ms,
  );
  row(
    "deliveries missing",
    `${subs.missing} of ${subs.writes * subs.subscribers}`,
    "0",
    subs.missing === 0,
  );
}

fs.mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
fs.writeFileSync(
  path.join(ROOT, "bench", "results", "team.json"),
  `${JSON.stringify(
    {
      ran_at: ranAt,
      graph: "seed",
      topology: "2 API processes, PostgreSQL primary + 1 hot standby (DATABASE_READ_URL)",
      mixed,
      staleness: stale,
      subscriptions: subs,
      cpus: os.cpus().length,
      load_average: {
        before: loadBefore,
        after: os.loadavg().map((x) => Math.round(x * 100) / 100),
      },
      targets: TARGETS,
      met,
    },
    null,
    2,
  )}\n`,
);
console.log("wrote bench/results/team.json");
