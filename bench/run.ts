import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SIZES, type Size, TYPES, buildSqlite, generate, rng, writeCsv } from "./graph.js";
import { measureInChild } from "./import.js";
import { type Autocannon, type AutocannonRequest, benchRequire } from "./peers.js";

// Usage: npm run bench -- [--size S|L|seed ...] [--duration 10] [--no-postgraphile] [--against REV
// [--rounds 3] [--only-against]]
// --against REV also serves W1 from the build of git revision REV, alternating with this one
// (--rounds times) on copies of the same database, and reports the median of each side and their
// ratio; --only-against measures nothing else.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK = path.join(ROOT, "data", "bench");
const args = process.argv.slice(2);
const arg = (name: string) => args.filter((_, i) => args[i - 1] === `--${name}`);
const sizes = (arg("size").length ? arg("size") : ["seed", "S", "L"]) as (Size | "seed")[];
const DURATION = Number(arg("duration")[0] ?? 10);
const WARMUP = 2;
const WITH_PG = !args.includes("--no-postgraphile");
const AGAINST = arg("against")[0];
/** With --against: only the side-by-side W1 (no other workload, peer or import measure). */
const ONLY_AGAINST = args.includes("--only-against");
const ROUNDS = Number(arg("rounds")[0] ?? 3);
const autocannon = (() => {
  try {
    return benchRequire("autocannon") as Autocannon;
  } catch {
    console.error("bench: its peers are not installed; run: (cd bench && npm install)");
    process.exit(2);
  }
})();
// The server runs compiled, as in production; build it from the current sources first.
execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });

interface Result {
  workload: string;
  size: string;
  server: "kg" | "baseline" | "postgraphile" | "ceiling";
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}
const results: Result[] = [];
const extra: Record<string, unknown> = {};

const W1 = `query W1($slug: String!) { concept(slug: $slug) { slug name kind summary related { direction label concept { slug name } } } }`;
const W2 = `query W2($slug: String!) { neighborhood(slug: $slug, depth: 2, limit: 200) { truncated nodes { slug name } edges { id } } }`;
const W3 = `query W3($from: String!, $to: String!) { paths(from: $from, to: $to, maxDepth: 4) { length steps { label direction concept { slug name } } } }`;
const W4 = `query W4($text: String!) { search(text: $text, first: 10) { totalCount edges { node { concept { slug name } snippet } } } }`;
const PG_W1 = `query W1($slug: String!) { conceptBySlug(slug: $slug) { slug name kind summary
  out: relationsBySourceId { nodes { relationTypeByTypeKey { label } conceptByTargetId { slug name } } }
  in: relationsByTargetId { nodes { relationTypeByTypeKey { inverseLabel } conceptBySourceId { slug name } } } } }`;
const WRITE = `mutation W5($input: RelationInput!) { createRelation(input: $input) { id } }`;

const post = (body: unknown): AutocannonRequest => ({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Requests that rotate over a list of variable sets, one per request. */
function rotating(query: string, vars: Record<string, unknown>[]): AutocannonRequest[] {
  let i = 0;
  return [
    {
      ...post({ query }),
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({ query, variables: vars[i++ % vars.length] }),
      }),
    },
  ];
}

/** The q-quantile of sorted numbers (nearest rank). */
const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/**
 * Throughput from autocannon; latency percentiles from every response's own time, kept to the
 * microsecond (autocannon's histogram counts whole milliseconds, too coarse to compare 1 ms with 2).
 */
async function measure(url: string, requests: AutocannonRequest[]) {
  await autocannon({ url, connections: 10, duration: WARMUP, requests });
  const times: number[] = [];
  const run = autocannon({ url, connections: 10, duration: DURATION, requests });
  run.on("response", (_client, status, _bytes, ms) => {
    if (status < 300) times.push(ms);
  });
  const r = await run;
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    rps: r.requests.average,
    p50_ms: round(quantile(times, 0.5)),
    p99_ms: round(quantile(times, 0.99)),
    errors: r.errors + r.non2xx,
  };
}

async function waitReady(url: string, timeoutMs = 120_000, body?: unknown) {
  const started = Date.now();
  for (;;) {
    try {
      const init = body
        ? {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          }
        : {};
      if ((await fetch(url, init)).ok) return Date.now() - started;
    } catch {
      /* not yet */
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} not ready`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function peakRssMb(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function stop(child: ChildProcess) {
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await done;
}

/**
 * A build of git revision `rev` beside this one (a worktree under data/bench, sharing
 * node_modules), for side-by-side runs; returns its root.
 */
function buildRevision(rev: string): string {
  const sha = execFileSync("git", ["rev-parse", "--short", rev], { cwd: ROOT }).toString().trim();
  const dir = path.join(WORK, `rev-${sha}`);
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(WORK, { recursive: true });
    execFileSync("git", ["worktree", "add", "--detach", dir, sha], { cwd: ROOT, stdio: "ignore" });
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
    // Its own Prisma clients, from its own schema (this revision's may have other columns).
    for (const schema of ["prisma/sqlite", "prisma/postgresql"]) {
      execFileSync("npx", ["prisma", "generate", "--schema", schema], {
        cwd: dir,
        stdio: "ignore",
      });
    }
  }
  execFileSync("npm", ["run", "build"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  return dir;
}
const againstRoot = AGAINST ? buildRevision(AGAINST) : null;

/** The server as production runs it: compiled JavaScript (`npm run build`), as in the Dockerfile. */
function startKg(file: string, port: number, seed: boolean, root = ROOT) {
  // The same command line as the Dockerfile's (see docs/deployment.md, "Starting, and failing to start").
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "dist/src/main.js"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${file}`,
      SEED_ON_START: seed ? "true" : "false",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      // The load comes from one address and one key, far above any per-caller budget.
      RATE_LIMIT_PER_MINUTE: "0",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "0",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return child;
}

/** Slugs, paths pairs and search texts for one graph, deterministic. */
function workloads(
  slugs: string[],
  neighbours: (i: number) => number[],
  names: (i: number) => string,
) {
  const rand = rng(7);
  const pick = () => Math.floor(rand() * slugs.length);
  const sample = Array.from({ length: 300 }, () => slugs[pick()]!);
  const pairs: { from: string; to: string }[] = [];
  while (pairs.length < 300) {
    const start = pick();
    let at = start;
    const hops = 1 + (pairs.length % 4);
    for (let h = 0; h < hops; h++) {
      const next = neighbours(at);
      if (next.length === 0) break;
      at = next[Math.floor(rand() * next.length)]!;
    }
    if (at !== start) pairs.push({ from: slugs[start]!, to: slugs[at]! });
  }
  // What a user types while looking for a concept: the first words of its name, the last one cut.
  const texts = sample.map((slug) => {
    const words = names(slugs.indexOf(slug))
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const last = words[Math.min(2, words.length - 1)]!;
    return [
      ...words.slice(0, Math.min(2, words.length - 1)),
      last.slice(0, Math.max(2, last.length - 2)),
    ].join(" ");
  });
  return { sample, pairs, texts };
}

/** W5: per connection, one createRelation then a read of its source that must show it, then 8 reads. */
function mixed(
  slugs: string[],
  sample: string[],
  violations: { count: number; checked: number },
  key: string,
) {
  let next = 0;
  let r = 0;
  const rand = rng(11);
  const written = post({ query: WRITE });
  const write: AutocannonRequest = {
    ...written,
    headers: { ...written.headers, authorization: `Bearer ${key}` },
    setupRequest: (req, ctx) => {
      const s = slugs[Math.floor(rand() * slugs.length)]!;
      const t = slugs[Math.floor(rand() * slugs.length)]!;
      const type = TYPES[next++ % TYPES.length]!.key;
      ctx.source = s;
      ctx.target = t;
      return {
        ...req,
        body: JSON.stringify({
          query: WRITE,
          variables: { input: { source: s, type, target: t } },
        }),
      };
    },
    onResponse: (_status, body, ctx) => {
      ctx.ok = !(JSON.parse(body) as { errors?: unknown }).errors;
    },
  };
  const check: AutocannonRequest = {
    ...post({ query: W1 }),
    setupRequest: (req, ctx) => ({
      ...req,
      body: JSON.stringify({ query: W1, variables: { slug: ctx.source } }),
    }),
    onResponse: (_status, body, ctx) => {
      if (!ctx.ok) return;
      violations.checked++;
      const data = JSON.parse(body) as {
        data?: { concept?: { related: { concept: { slug: string } }[] } };
      };
      if (!data.data?.concept?.related.some((x) => x.concept.slug === ctx.target))
        violations.count++;
    },
  };
  const read: AutocannonRequest = {
    ...post({ query: W1 }),
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ query: W1, variables: { slug: sample[r++ % sample.length] } }),
    }),
  };
  return [write, check, ...Array.from({ length: 8 }, () => read)];
}

async function runKg(
  size: string,
  file: string,
  seed: boolean,
  w: ReturnType<typeof workloads>,
  slugs: string[],
) {
  const port = 4600;
  // Writes need an editor key: made on the machine, as `kg keys create` does for a real server.
  const key = execFileSync(
    process.execPath,
    ["dist/src/cli/kg.js", "keys", "create", "--name", `bench-${Date.now()}`].concat([
      "--role",
      "editor",
      "--db",
      file,
    ]),
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "ignore"] },
  )
    .toString()
    .trim();
  const started = Date.now();
  const kg = startKg(file, port, seed);
  // Ready = /readyz answers 200: database checked, graph index loaded, HTTP listening.
  const ready = await waitReady(`http://127.0.0.1:${port}/readyz`);
  extra[`kg_${size}`] = { startup_ms: ready, started_at: started };
  const url = `http://127.0.0.1:${port}`;
  const run = async (workload: string, requests: AutocannonRequest[]) => {
    const m = await measure(url, requests);
    results.push({ workload, size, server: "kg", ...m });
    console.log(
      `${size} ${workload} kg: ${m.rps.toFixed(0)} req/s, p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms, errors ${m.errors}`,
    );
  };
  await run(
    "W1",
    rotating(
      W1,
      w.sample.map((slug) => ({ slug })),
    ),
  );
  await run(
    "W2",
    rotating(
      W2,
      w.sample.map((slug) => ({ slug })),
    ),
  );
  await run("W3", rotating(W3, w.pairs));
  await run(
    "W4",
    rotating(
      W4,
      w.texts.map((text) => ({ text })),
    ),
  );
  // The ceiling row's answers: this server's own W1 bodies, byte for byte (before W5 writes).
  const bodies: Record<string, string> = {};
  for (const slug of new Set(w.sample)) {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: W1, variables: { slug } }),
    });
    bodies[slug] = await res.text();
  }
  fs.writeFileSync(path.join(WORK, `ceiling-${size}.json`), JSON.stringify(bodies));
  const violations = { count: 0, checked: 0 };
  await run("W5", mixed(slugs, w.sample, violations, key));
  extra[`kg_${size}`] = {
    startup_ms: ready,
    peak_rss_mb: peakRssMb(kg.pid!),
    read_your_writes: violations,
  };
  console.log(
    `${size} kg: ready in ${ready} ms, peak RSS ${peakRssMb(kg.pid!).toFixed(0)} MB, read-your-writes violations ${violations.count}/${violations.checked}`,
  );
  await stop(kg);
}

/** W1 from this build and from the --against build, alternating, each on its own copy of `file`. */
async function compareW1(size: string, file: string, w: ReturnType<typeof workloads>) {
  if (!againstRoot || !AGAINST) return;
  const sides = [
    { server: "kg", root: ROOT },
    { server: `kg@${AGAINST}`, root: againstRoot },
  ];
  const rps: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of sides) {
      const copy = `${file}.${side.server.replace(/[^a-z0-9]/gi, "_")}.db`;
      for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
      fs.copyFileSync(file, copy);
      const child = startKg(copy, 4603, false, side.root);
      await waitReady("http://127.0.0.1:4603/readyz");
      const m = await measure(
        "http://127.0.0.1:4603",
        rotating(
          W1,
          w.sample.map((slug) => ({ slug })),
        ),
      );
      await stop(child);
      (rps[side.server] ??= []).push(m.rps);
      console.log(`${size} W1 ${side.server} (round ${round + 1}): ${m.rps.toFixed(0)} req/s`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [now, then] = sides.map((side) => median(rps[side.server]!));
  extra[`against_${size}`] = { revision: AGAINST, rounds: rps, ratio: now! / then! };
  console.log(
    `${size} W1 median: this build ${now!.toFixed(0)}, ${AGAINST} ${then!.toFixed(0)} req/s (${(now! / then!).toFixed(2)}x)`,
  );
}

async function runBaseline(size: string, file: string, w: ReturnType<typeof workloads>) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "bench", "baseline.ts"), file, "4601"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  await waitReady("http://127.0.0.1:4601/graphql", 30_000, { query: "{ __typename }" });
  const m = await measure(
    "http://127.0.0.1:4601",
    rotating(
      W1,
      w.sample.map((slug) => ({ slug })),
    ),
  );
  results.push({ workload: "W1", size, server: "baseline", ...m });
  console.log(
    `${size} W1 baseline: ${m.rps.toFixed(0)} req/s, p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms`,
  );
  await stop(child);
}

/** W1 from a bare node:http server answering with the app's own precomputed bodies (bench/ceiling.ts). */
async function runCeiling(size: string, w: ReturnType<typeof workloads>) {
  const bodies = path.join(WORK, `ceiling-${size}.json`);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "bench", "ceiling.ts"), bodies, "4603"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  await waitReady("http://127.0.0.1:4603/graphql", 30_000, { variables: { slug: w.sample[0] } });
  const m = await measure(
    "http://127.0.0.1:4603",
    rotating(
      W1,
      w.sample.map((slug) => ({ slug })),
    ),
  );
  results.push({ workload: "W1", size, server: "ceiling", ...m });
  console.log(
    `${size} W1 ceiling: ${m.rps.toFixed(0)} req/s, p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms`,
  );
  await stop(child);
}

async function runPostgraphile(size: string, csvDir: string, w: ReturnType<typeof workloads>) {
  const psql = (sql: string, db = "test") =>
    execFileSync("psql", [
      "-h",
      "127.0.0.1",
      "-U",
      "postgres",
      "-d",
      db,
      "-q",
      "-v",
      "ON_ERROR_STOP=1",
      "-c",
      sql,
    ]);
  psql("DROP DATABASE IF EXISTS kg_bench WITH (FORCE)");
  psql("CREATE DATABASE kg_bench");
  psql(
    `CREATE TABLE relation_type (key text PRIMARY KEY, label text NOT NULL, inverse_label text NOT NULL);
    CREATE TABLE concept (id int PRIMARY KEY, slug text NOT NULL CONSTRAINT concept_slug_key UNIQUE, name text NOT NULL, kind text NOT NULL, summary text NOT NULL);
    CREATE TABLE relation (id int PRIMARY KEY, source_id int NOT NULL REFERENCES concept(id), type_key text NOT NULL REFERENCES relation_type(key), target_id int NOT NULL REFERENCES concept(id));
    CREATE INDEX ON relation (source_id); CREATE INDEX ON relation (target_id); CREATE INDEX ON relation (type_key);`,
    "kg_bench",
  );
  for (const [table, f] of [
    ["relation_type", "types"],
    ["concept", "concepts"],
    ["relation", "relations"],
  ]) {
    psql(`\\copy ${table} FROM '${path.join(csvDir, `${f}.csv`)}' WITH (FORMAT csv)`, "kg_bench");
  }
  psql("ANALYZE", "kg_bench");
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "bench", "postgraphile-server.mjs"),
      "postgres://postgres@127.0.0.1:5432/kg_bench",
      "4602",
    ],
    {
      cwd: path.join(ROOT, "bench"),
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  try {
    await waitReady("http://127.0.0.1:4602/graphql", 120_000, { query: "{ __typename }" });
    const probe = await fetch("http://127.0.0.1:4602/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: PG_W1, variables: { slug: w.sample[0] } }),
    });
    const body = (await probe.json()) as { errors?: unknown };
    if (body.errors)
      throw new Error(`PostGraphile W1 probe failed: ${JSON.stringify(body.errors)}`);
    const m = await measure(
      "http://127.0.0.1:4602",
      rotating(
        PG_W1,
        w.sample.map((slug) => ({ slug })),
      ),
    );
    results.push({ workload: "W1", size, server: "postgraphile", ...m });
    console.log(
      `${size} W1 postgraphile: ${m.rps.toFixed(0)} req/s, p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms`,
    );
  } finally {
    await stop(child);
  }
}

for (const size of sizes) {
  const file = path.join(WORK, `${size}.db`);
  if (size === "seed") {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
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
    await runKg("seed", file, true, w, slugs);
    await compareW1("seed", file, w);
    await runBaseline("seed", file, w);
    await runCeiling("seed", w);
    continue;
  }
  const g = generate(size);
  await buildSqlite(file, g);
  const adj = Array.from({ length: g.n }, () => [] as number[]);
  for (const [s, , t] of g.edges) {
    adj[s]!.push(t);
    adj[t]!.push(s);
  }
  const slugs = Array.from({ length: g.n }, (_, i) => g.slug(i));
  const w = workloads(slugs, (i) => adj[i]!, g.name);
  if (ONLY_AGAINST) {
    await compareW1(size, file, w);
    continue;
  }
  // The import path users have (`kg import` of the graph as the project's JSON) against the raw
  // insert, each in a process of its own.
  const raw = measureInChild(size, "raw");
  const viaImport = measureInChild(size, "import");
  const ratio = viaImport.recordsPerSecond! / raw.rowsPerSecond!;
  extra[`import_${size}`] = { raw, kg_import: viaImport, ratio };
  console.log(
    `${size}: ${SIZES[size].concepts} concepts / ${SIZES[size].relations} relations; raw insert ${raw.rowsPerSecond!.toFixed(0)} rows/s, kg import ${viaImport.recordsPerSecond!.toFixed(0)} records/s (${ratio.toFixed(2)}x)`,
  );
  await runKg(size, file, false, w, slugs);
  await compareW1(size, file, w);
  await runBaseline(size, file, w);
  await runCeiling(size, w);
  if (WITH_PG) {
    const csv = path.join(WORK, `${size}-csv`);
    writeCsv(csv, g);
    await runPostgraphile(size, csv, w);
  }
}

// Table and ratios.
console.log("\nworkload size server        req/s   p50 ms  p99 ms");
for (const r of results) {
  console.log(
    `${r.workload.padEnd(8)} ${r.size.padEnd(4)} ${r.server.padEnd(12)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50_ms).padStart(8)} ${String(r.p99_ms).padStart(7)}`,
  );
}
const find = (w: string, s: string, server: string) =>
  results.find((r) => r.workload === w && r.size === s && r.server === server);
const ratios: Record<string, number> = {};
for (const s of sizes) {
  const kg = find("W1", s, "kg");
  const base = find("W1", s, "baseline");
  const pg = find("W1", s, "postgraphile");
  if (kg && base) ratios[`W1_${s}_kg_vs_baseline`] = kg.rps / base.rps;
  if (kg && pg) ratios[`W1_${s}_kg_vs_postgraphile`] = kg.rps / pg.rps;
  const ceiling = find("W1", s, "ceiling");
  if (kg && ceiling) ratios[`W1_${s}_kg_vs_ceiling`] = kg.rps / ceiling.rps;
  for (const w of ["W2", "W3"]) {
    const x = find(w, s, "kg");
    if (x && kg) ratios[`${w}_${s}_p50_vs_W1_p50`] = x.p50_ms / Math.max(kg.p50_ms, 0.001);
  }
}
for (const s of sizes) {
  const imp = extra[`import_${s}`] as { ratio: number } | undefined;
  if (imp) ratios[`import_${s}_vs_raw_insert`] = imp.ratio;
}
if (sizes.includes("L") && sizes.includes("S")) {
  for (const w of ["W1", "W2", "W3", "W4", "W5"]) {
    const l = find(w, "L", "kg");
    const s = find(w, "S", "kg");
    if (l && s) ratios[`${w}_L_vs_S_throughput`] = l.rps / s.rps;
  }
}
console.log("\nratios:", JSON.stringify(ratios, null, 2));
fs.mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
fs.writeFileSync(
  path.join(ROOT, "bench", "results", "latest.json"),
  `${JSON.stringify({ ran_at: new Date().toISOString(), sizes, duration_s: DURATION, results, ratios, ...extra }, null, 2)}\n`,
);
console.log("wrote bench/results/latest.json");
