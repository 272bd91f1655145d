import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, WORK } from "./options.js";

/** Ports, one per server; they run one at a time except where a comparison alternates. */
export const PORTS = { kg: 4600, baseline: 4601, postgraphile: 4602, ceiling: 4603 } as const;

export interface Server {
  child: ChildProcess;
  /** Its base URL (http://127.0.0.1:port). */
  url: string;
  /** Milliseconds from spawn until it answered. */
  readyMs: number;
}

/** Every server started and not stopped yet: stopped by stopAll when a run fails. */
const live = new Set<ChildProcess>();

function track(child: ChildProcess) {
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

/** Polls `url` (GET, or POST of `body`) until it answers 2xx; returns the milliseconds waited. */
export async function waitReady(url: string, timeoutMs = 120_000, body?: unknown) {
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

/** The peak resident memory of a live process, in MB. */
export function peakRssMb(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await done;
}

/** Stops every server this run started and has not stopped (after a failure). */
export async function stopAll() {
  await Promise.all([...live].map(stop));
}

/**
 * A build of git revision `rev` beside this one (a worktree under data/bench, sharing
 * node_modules), for side-by-side runs; returns its root.
 */
export function buildRevision(rev: string): string {
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

/**
 * The server as production runs it: compiled JavaScript (`npm run build`), as in the Dockerfile,
 * on `databaseUrl` (a file: URL or a postgresql:// URL). Ready = /readyz answers 200: database
 * checked, graph index loaded, HTTP listening.
 */
export async function startKg(
  databaseUrl: string,
  opts: { seed: boolean; port?: number; root?: string; heapMb?: number },
): Promise<Server> {
  const port = opts.port ?? PORTS.kg;
  // The same command line as the Dockerfile's (see docs/deployment.md, "Starting, and failing to
  // start"), with a larger heap where the graph needs it (HEAP_MB).
  const heap = opts.heapMb ? [`--max-old-space-size=${opts.heapMb}`] : [];
  const child = spawn(process.execPath, [...heap, "--max-semi-space-size=32", "dist/src/main.js"], {
    cwd: opts.root ?? ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      SEED_ON_START: opts.seed ? "true" : "false",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      // The load comes from one address and one key, far above any per-caller budget.
      RATE_LIMIT_PER_MINUTE: "0",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "0",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  track(child);
  const url = `http://127.0.0.1:${port}`;
  // Loading XL's index takes minutes on these machines.
  const timeoutMs = opts.heapMb ? 900_000 : 120_000;
  return { child, url, readyMs: await waitReady(`${url}/readyz`, timeoutMs) };
}

/** An editor key made on the machine, as `kg keys create` does for a real server (W5 writes). */
export function createEditorKey(file: string): string {
  return execFileSync(
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
}

/** A TypeScript server of bench/ in a process of its own: `tsx bench/<script> ...args`. */
async function startScript(script: string, args: string[], port: number, probe: unknown) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "bench", script), ...args, String(port)],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  track(child);
  const url = `http://127.0.0.1:${port}`;
  return { child, url, readyMs: await waitReady(`${url}/graphql`, 30_000, probe) };
}

/** The raw baseline (bench/baseline.ts) over the SQLite file. */
export const startBaseline = (file: string) =>
  startScript("baseline.ts", [file], PORTS.baseline, { query: "{ __typename }" });

/** The ceiling (bench/ceiling.ts): the app's own W1 bodies, precomputed, from `bodies`. */
export const startCeiling = (bodies: string, probeSlug: string) =>
  startScript("ceiling.ts", [bodies], PORTS.ceiling, { variables: { slug: probeSlug } });

/** PostGraphile 5 (bench/postgraphile-server.mjs) over the PostgreSQL database at `dbUrl`. */
export async function startPostgraphile(dbUrl: string): Promise<Server> {
  const port = PORTS.postgraphile;
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "bench", "postgraphile-server.mjs"), dbUrl, String(port)],
    {
      cwd: path.join(ROOT, "bench"),
      // Production is Grafast's default; saying so spares its notice on every start.
      env: { ...process.env, GRAPHILE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  track(child);
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    url,
    readyMs: await waitReady(`${url}/graphql`, 120_000, { query: "{ __typename }" }),
  };
}
