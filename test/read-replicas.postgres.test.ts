// Reads from PostgreSQL streaming replicas (DATABASE_READ_URL) on a real hot standby:
// scripts/pg-standby.sh (as root) starts one of the local cluster on 127.0.0.1:5433, and .ci/run
// does so and passes KG_STANDBY_URL (its admin URL, e.g. postgresql://postgres@127.0.0.1:5433/test).
// Without it the suite is skipped, saying why. Two API processes on one primary: A takes the writes,
// B reads through the standby. Replay is paused with pg_wal_replay_pause() to make the standby
// stale on purpose, and the standby is stopped and started again to test fail-over.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConcept } from "./factories.js";
import { type App, createApp } from "../src/app.js";
import {
  type TestApp,
  bearer,
  createPgDatabase,
  dropPgDatabase,
  startTestApp,
  testConfig,
} from "./helpers.js";

const STANDBY = process.env.KG_STANDBY_URL;
if (!STANDBY) {
  console.warn(
    "read-replicas.postgres.test.ts skipped: no streaming replica (run scripts/pg-standby.sh as root, then set KG_STANDBY_URL=postgresql://postgres@127.0.0.1:5433/test)",
  );
}

let primaryUrl = "";
let a: TestApp;
/** The second process: the key is A's (keys live in the shared database). */
let b: { app: App; url: string };

/** The same database on the standby. */
const onStandby = (url: string) => {
  const u = new URL(url);
  const s = new URL(STANDBY!);
  u.host = s.host;
  return u.toString();
};

async function standbyQuery(sql: string) {
  const client = new pg.Client({ connectionString: STANDBY });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const cluster = (action: "stop" | "start") => {
  const version = execFileSync("ls", ["/etc/postgresql"]).toString().trim().split("\n")[0]!;
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "standby", action]);
};

async function create(headers: Record<string, string> = {}) {
  const input = buildConcept();
  const res = await fetch(`${a.url}/api/v1/concepts`, {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(a.adminKey), ...headers },
    body: JSON.stringify(input),
  });
  expect(res.status).toBe(201);
  return { slug: input.slug, change: res.headers.get("kg-change-id")! };
}

/**
 * A read that the database answers (a concept's history; the concept itself comes from the read
 * index, which follows the change bus from the primary): 404 while the database read lacks it.
 */
const readOnB = (slug: string, headers: Record<string, string> = {}) =>
  fetch(`${b.url}/api/v1/concepts/${slug}/history`, {
    headers: { ...bearer(a.adminKey), ...headers },
  });

describe.skipIf(!STANDBY)("read replicas (a PostgreSQL hot standby)", () => {
  beforeAll(async () => {
    primaryUrl = await createPgDatabase();
    const env = {
      DATABASE_URL: primaryUrl,
      DATABASE_READ_URL: onStandby(primaryUrl),
      READ_REPLICA_MAX_LAG_MS: "1500",
      READ_AFTER_WAIT_MS: "500",
    };
    // The standby replays CREATE DATABASE too: wait until it has it.
    const name = new URL(primaryUrl).pathname.slice(1);
    for (let i = 0; i < 100; i++) {
      const rows = await standbyQuery(`SELECT 1 FROM pg_database WHERE datname = '${name}'`);
      if (rows.length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    a = await startTestApp(env);
    const app = await createApp(testConfig({ ...env, MIGRATE_ON_START: "false" }));
    await app.http.listen({ port: 0, host: "127.0.0.1" });
    const address = app.http.server.address() as { port: number };
    b = { app, url: `http://127.0.0.1:${address.port}` };
  });
  afterAll(async () => {
    await standbyQuery("SELECT pg_wal_replay_resume()").catch(() => undefined);
    await a?.app.close();
    await b?.app.close();
    await dropPgDatabase(primaryUrl);
  });

  it("sends reads to the replica once it has replayed them", async () => {
    const { slug } = await create();
    await expect.poll(async () => (await readOnB(slug)).status).toBe(200);
    const before = b.app.db.replicas!.served.replica;
    expect((await readOnB(slug)).status).toBe(200);
    expect(b.app.db.replicas!.served.replica).toBeGreaterThan(before);
    const [state] = b.app.db.replicas!.states();
    expect(state).toMatchObject({ up: true });
    const metrics = await (await fetch(`${b.url}/metrics`, { headers: bearer(a.adminKey) })).text();
    expect(metrics).toMatch(/^kg_read_replica_up\{replica="replica-0"\} 1$/m);
    expect(metrics).toMatch(/^kg_read_replica_behind_changes\{replica="replica-0"\} \d+$/m);
  });

  it("read-your-writes: KG-Read-After waits for the replica, or reads the primary; bounded staleness without it", async () => {
    await standbyQuery("SELECT pg_wal_replay_pause()");
    try {
      const { slug, change } = await create();
      // B's read index has the change (the bus, read from the primary), its replica has not:
      // a plain read is stale, within the bound.
      expect((await readOnB(slug)).status).toBe(404);
      // With the change id: the replica cannot have it in time, so the primary answers.
      const primaryBefore = b.app.db.replicas!.served.primary;
      expect((await readOnB(slug, { "kg-read-after": change })).status).toBe(200);
      expect(b.app.db.replicas!.served.primary).toBeGreaterThan(primaryBefore);
      // Past READ_REPLICA_MAX_LAG_MS the lagging replica takes no reads at all.
      await expect.poll(async () => (await readOnB(slug)).status, { interval: 200 }).toBe(200);
      expect(b.app.db.replicas!.states()[0]!.behind).toBeGreaterThan(0);
    } finally {
      await standbyQuery("SELECT pg_wal_replay_resume()");
    }
    // Caught up: reads go to the replica again.
    await expect.poll(() => b.app.db.replicas!.states()[0]!.behind).toBe(0);
    const { slug } = await create();
    await expect.poll(async () => (await readOnB(slug)).status).toBe(200);
    const before = b.app.db.replicas!.served.replica;
    await readOnB(slug);
    expect(b.app.db.replicas!.served.replica).toBeGreaterThan(before);
  });

  it("every write read back through the other process with its change id, 40 times in a row", async () => {
    for (let i = 0; i < 40; i++) {
      const { slug, change } = await create();
      const res = await readOnB(slug, { "kg-read-after": change });
      expect(res.status).toBe(200);
    }
  });

  it("fails over to the primary while the replica is down, and back once it is up", async () => {
    const { slug } = await create();
    await expect.poll(async () => (await readOnB(slug)).status).toBe(200);
    cluster("stop");
    try {
      for (let i = 0; i < 10; i++) expect((await readOnB(slug)).status).toBe(200);
      await expect.poll(() => b.app.db.replicas!.states()[0]!.up).toBe(false);
      expect((await fetch(`${b.url}/readyz`)).status).toBe(200);
    } finally {
      cluster("start");
    }
    await expect.poll(() => b.app.db.replicas!.states()[0]!.up, { timeout: 30_000 }).toBe(true);
    const before = b.app.db.replicas!.served.replica;
    expect((await readOnB(slug)).status).toBe(200);
    expect(b.app.db.replicas!.served.replica).toBeGreaterThan(before);
  });
});
