import { type Size, type SyntheticGraph, generate } from "./graph.js";
import { measure } from "./measure.js";
import type { DbKind, Options } from "./options.js";
import type { AutocannonRequest } from "./peers.js";
import type { Progress, Step } from "./progress.js";
import { type Result, type ServerName, describe } from "./report.js";
import { type Server, peakRssMb, startPostgraphile, stop } from "./servers.js";
import { type Workloads, postgraphileRelated, reads, rotating, workloads } from "./workloads.js";

/** Where a row belongs: the size, and the database the app runs on in that pass. */
export interface At {
  size: string;
  db: DbKind;
}

/** What the steps of one run share: its options, its rows and details, and how to print. */
export interface Run {
  opts: Options;
  timing: { warmup: number; duration: number };
  results: Result[];
  /** Per-size details written beside the rows (start-up, memory, imports, loads, comparisons). */
  extra: Record<string, unknown>;
  log(line: string): void;
  /** Root of the --against build, if any. */
  againstRoot: string | null;
}

export function createRun(opts: Options, progress: Progress, againstRoot: string | null): Run {
  return {
    opts,
    timing: { warmup: opts.warmup, duration: opts.duration },
    results: [],
    extra: {},
    log: (line) => progress.log(line),
    againstRoot,
  };
}

export function failure(message: string): never {
  throw new Error(message);
}

/** Measures one workload on one server and keeps (and prints) the row. */
export async function record(
  run: Run,
  at: At & { server: ServerName; workload: string },
  url: string,
  requests: AutocannonRequest[],
) {
  const m = await measure(url, requests, run.timing);
  const row: Result = { workload: at.workload, size: at.size, db: at.db, server: at.server, ...m };
  run.results.push(row);
  run.log(describe(row));
}

/** The graph of one size, made by its first step and read by the others. */
export interface GraphData {
  slugs: string[];
  w: Workloads;
  /** The synthetic graph (absent for the seed, which the server loads itself). */
  g?: SyntheticGraph;
}

export async function graphOf(size: Size | "seed"): Promise<GraphData> {
  if (size === "seed") {
    const { SEED_CONCEPTS, SEED_RELATIONS } = await import("../seed/index.js");
    const slugs = SEED_CONCEPTS.map((c) => c.slug);
    const idx = new Map(slugs.map((s, i) => [s, i]));
    const adj = slugs.map(() => [] as number[]);
    for (const r of SEED_RELATIONS) {
      const a = idx.get(r.source)!;
      const b = idx.get(r.target)!;
      adj[a]!.push(b);
      adj[b]!.push(a);
    }
    const w = workloads(
      slugs,
      (i) => adj[i]!,
      (i) => SEED_CONCEPTS[i]!.name,
    );
    return { slugs, w };
  }
  const g = generate(size);
  const adj = Array.from({ length: g.n }, () => [] as number[]);
  for (const [s, , t] of g.edges) {
    adj[s]!.push(t);
    adj[t]!.push(s);
  }
  const slugs = Array.from({ length: g.n }, (_, i) => g.slug(i));
  return { slugs, w: workloads(slugs, (i) => adj[i]!, g.name), g };
}

/**
 * The app's steps on one database: start, W1-W4, W5 (which writes) only where asked, stop.
 * `w5.before` runs with the server up before W5 is measured, `beforeStop` before it stops.
 */
export function kgSteps(
  run: Run,
  at: At,
  start: () => Promise<Server>,
  graph: () => GraphData,
  hooks: {
    w5?: { before: (kg: Server) => Promise<void>; requests: () => AutocannonRequest[] };
    beforeStop?: (kg: Server) => Promise<void>;
  },
): Step[] {
  const name = `${at.size} ${at.db}`;
  let kg: Server | undefined;
  const up = () => kg ?? failure("kg is not running");
  const key = `${at.db === "postgres" ? "kg_pg" : "kg"}_${at.size}`;
  const steps: Step[] = [
    {
      label: `${name} kg: start`,
      run: async () => {
        kg = await start();
        run.extra[key] = { startup_ms: kg.readyMs };
      },
    },
    ...["W1", "W2", "W3", "W4"].map((workload, i) => ({
      label: `${name} kg ${workload}`,
      run: () => record(run, { ...at, server: "kg", workload }, up().url, reads(graph().w)[i]![1]),
    })),
  ];
  const w5 = hooks.w5;
  if (w5) {
    steps.push({
      label: `${name} kg W5`,
      run: async () => {
        await w5.before(up());
        await record(run, { ...at, server: "kg", workload: "W5" }, up().url, w5.requests());
      },
    });
  }
  steps.push({
    label: `${name} kg: stop`,
    run: async () => {
      await hooks.beforeStop?.(up());
      const rss = peakRssMb(up().child.pid!);
      run.extra[key] = { ...(run.extra[key] as object), peak_rss_mb: rss };
      run.log(`${name} kg: ready in ${up().readyMs} ms, peak RSS ${rss.toFixed(0)} MB`);
      await stop(up().child);
      kg = undefined;
    },
  });
  return steps;
}

/**
 * PostGraphile's W1 on `dbUrl`: probed once (an error, or relations other than `expected`'s,
 * stops the run), then measured.
 */
export async function postgraphileW1(
  run: Run,
  at: At,
  dbUrl: string,
  query: string,
  sample: string[],
  expected?: { slug: string; related: string[] },
) {
  const server = await startPostgraphile(dbUrl);
  try {
    const slug = expected?.slug ?? sample[0];
    const probe = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: { slug } }),
    });
    const body = (await probe.json()) as { errors?: unknown };
    if (body.errors) {
      throw new Error(`PostGraphile W1 probe failed: ${JSON.stringify(body.errors)}`);
    }
    const related = expected && postgraphileRelated(body);
    if (expected && JSON.stringify(related) !== JSON.stringify(expected.related)) {
      throw new Error(
        `PostGraphile's W1 for ${slug} differs from kg's:\n${related!.join("\n")}\n---\n${expected.related.join("\n")}`,
      );
    }
    if (related) {
      run.log(
        `${at.size} ${at.db} postgraphile: its W1 for ${slug} matches kg's (${related.length} relations)`,
      );
    }
    const bySlug = sample.map((s) => ({ slug: s }));
    await record(
      run,
      { ...at, server: "postgraphile", workload: "W1" },
      server.url,
      rotating(query, bySlug),
    );
  } finally {
    await stop(server.child);
  }
}
