import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { sleep } from "./team-util.js";

/**
 * The team topology of docs/deployment.md on this machine: one database on the PostgreSQL primary
 * (127.0.0.1:5432), read through its hot standby (127.0.0.1:5433, scripts/pg-standby.sh), and two
 * kg API processes started as the replicas of docker-compose.yml are.
 */
export interface Cluster {
  /** Base URLs of process A (takes the writes) and B. */
  a: string;
  b: string;
  /** An editor key made with `kg keys create` for this run. */
  key: string;
  /** Slugs of the seeded concepts. */
  slugs: string[];
}

const PRIMARY = "postgresql://postgres@127.0.0.1:5432";
const STANDBY = "postgresql://postgres@127.0.0.1:5433";
export const DATABASE = "kg_bench_team";
const PORTS = [4610, 4611];

const children: ChildProcess[] = [];

function psql(base: string, db: string, sql: string): string {
  return execFileSync("psql", [`${base}/${db}`, "-Atq", "-v", "ON_ERROR_STOP=1", "-c", sql], {
    stdio: ["ignore", "pipe", "pipe"],
  })
    .toString()
    .trim();
}

function kg(root: string, url: string, ...args: string[]): string {
  return execFileSync(process.execPath, ["dist/src/cli/kg.js", ...args, "--db", url], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn" },
    // stderr too: `keys create` says there that the secret is shown once (it is kept in memory).
    stdio: ["ignore", "pipe", "pipe"],
  })
    .toString()
    .trim();
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Creates, migrates and seeds the database, makes a key and starts processes A and B. */
export async function startCluster(root: string, slugs: string[]): Promise<Cluster> {
  try {
    if (psql(STANDBY, "test", "SELECT pg_is_in_recovery()") !== "t")
      throw new Error("not a standby");
  } catch (err) {
    throw new Error(
      `no PostgreSQL hot standby on 127.0.0.1:5433 (${String(err).split("\n")[0]}): run scripts/pg-standby.sh as root first`,
    );
  }
  psql(PRIMARY, "test", `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  psql(PRIMARY, "test", `CREATE DATABASE ${DATABASE}`);
  const url = `${PRIMARY}/${DATABASE}`;
  kg(root, url, "migrate");
  kg(root, url, "seed");
  const key = kg(root, url, "keys", "create", "--name", "bench-team", "--role", "editor");
  // The standby has the new database once it has replayed its creation and the seed.
  const newest = psql(PRIMARY, DATABASE, `SELECT max(id) FROM "ChangeRecord"`);
  await waitFor(
    "the standby to replay the seed",
    () => psql(STANDBY, DATABASE, `SELECT max(id) FROM "ChangeRecord"`) === newest,
  );
  const [a, b] = PORTS.map((port, i) => {
    const child = spawn(process.execPath, ["--max-semi-space-size=32", "dist/src/main.js"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: url,
        DATABASE_READ_URL: `${STANDBY}/${DATABASE}`,
        MIGRATE_ON_START: "false",
        SEED_ON_START: "false",
        LOG_LEVEL: "warn",
        REPLICA_ID: `team-${"ab"[i]}`,
        // All load comes from one address: no per-caller budget applies.
        RATE_LIMIT_PER_MINUTE: "0",
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: "0",
        // 500 subscribers per process, each on its own WebSocket, all from 127.0.0.1.
        WS_MAX_CONNECTIONS: "1000",
        WS_MAX_CONNECTIONS_PER_ADDRESS: "1000",
        WS_MAX_CONNECTIONS_PER_KEY: "1000",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    children.push(child);
    return `http://127.0.0.1:${port}`;
  }) as [string, string];
  for (const base of [a, b]) {
    await waitFor(`${base}/readyz`, async () => (await fetch(`${base}/readyz`)).ok, 120_000);
  }
  // Both processes must read through the standby, not fall back to the primary.
  for (const base of [a, b]) {
    await waitFor(`${base} to use its read replica`, async () => {
      const metrics = await (await fetch(`${base}/metrics`)).text();
      return /^kg_read_replica_up\{[^}]*\} 1$/m.test(metrics);
    });
  }
  return { a, b, key, slugs };
}

/** Stops every process started here and drops the database; safe to call more than once. */
export async function stopCluster(): Promise<void> {
  await Promise.all(
    children.splice(0).map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }),
  );
  try {
    psql(PRIMARY, "test", `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  } catch (err) {
    console.error(`bench:team: could not drop ${DATABASE}: ${String(err)}`);
  }
}

/** `kg_subscriptions` of a process's /metrics. */
export async function subscriptionCount(base: string): Promise<number> {
  const metrics = await (await fetch(`${base}/metrics`)).text();
  return Number(/^kg_subscriptions (\d+)$/m.exec(metrics)?.[1] ?? 0);
}
