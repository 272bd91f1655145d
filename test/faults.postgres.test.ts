// PostgreSQL lost under a running app: connections terminated, or the server unreachable behind a
// TCP proxy that is cut and restored. Writes fail fast with UNAVAILABLE, reads of the in-memory
// index go on, and once PostgreSQL is back writes succeed and the change bus is back, no restart.
// PostgreSQL only (SQLite: faults.sqlite.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type TestApp,
  buildConcept,
  createPgDatabase,
  dropPgDatabase,
  startTestApp,
} from "./helpers.js";
import { fromStorageError } from "../src/errors.js";
import { TcpProxy, eventually, terminateBackends, withinBound } from "./faults.js";

const CREATE = `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
const INDEX_READ = `query($slug: String!) { concept(slug: $slug) { slug name } stats { concepts } }`;

describe("PostgreSQL faults", { timeout: 180_000 }, () => {
  let t: TestApp;
  let database: string;
  const proxy = new TcpProxy();

  beforeAll(async () => {
    database = await createPgDatabase();
    await proxy.start();
    // A small pool: a connection leaked by a failed transaction would soon exhaust it.
    t = await startTestApp({
      DATABASE_URL: proxy.url(database),
      DATABASE_POOL_SIZE: "3",
      DATABASE_CONNECT_TIMEOUT_MS: "2000",
    });
    expect(
      (await t.gql(CREATE, { input: buildConcept({ slug: "anchor" }) })).errors,
    ).toBeUndefined();
  });
  afterAll(async () => {
    await t?.close();
    await proxy.close();
    await dropPgDatabase(database);
  });

  /** A write's error code (undefined when it succeeded), within the hang bound. */
  const write = async (slug: string) => {
    const res = await withinBound(
      t.gql(CREATE, { input: buildConcept({ slug }) }),
      `write ${slug}`,
    );
    return res.errors?.[0]?.extensions?.code as string | undefined;
  };

  /** The concepts in the database and in this replica's index are the same. */
  const expectIndexMatchesDatabase = async () => {
    const rows = await t.app.db.prisma.concept.findMany({ select: { slug: true } });
    const stats = (await t.gql(`{ stats { concepts } }`)).data!.stats;
    expect(stats.concepts).toBe(rows.length);
    for (const { slug } of rows) expect(t.app.services.index.conceptBySlug(slug)?.slug).toBe(slug);
  };

  it("transactions whose connection is terminated mid-way fail with UNAVAILABLE and never leak a pooled connection", async () => {
    for (let i = 0; i < 5; i++) {
      const failed = await withinBound(
        t.app.db.prisma
          .$transaction(async (tx) => {
            await tx.$queryRawUnsafe(`SELECT 1`);
            await terminateBackends(database);
            await tx.$executeRawUnsafe(`SELECT 1`);
          })
          .then(
            () => null,
            (err: unknown) => err,
          ),
        "a transaction on a terminated connection",
      );
      expect(fromStorageError(failed)?.code).toBe("UNAVAILABLE");
    }
    // Five lost transactions on a pool of three: the pool still serves.
    await eventually(
      async () => (await write(`after-terminate-${Date.now()}`)) === undefined,
      "a write",
    );
    await eventually(async () => t.app.bus?.connected === true, "the change bus to reconnect");
    expect(t.app.bus!.reconnects).toBeGreaterThanOrEqual(1);
    await expectIndexMatchesDatabase();
  });

  it("every backend terminated under load: each write succeeds or fails with UNAVAILABLE, then all succeed", async () => {
    const codes: (string | undefined)[] = [];
    const load = Array.from({ length: 30 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 10));
      codes.push(await write(`terminated-load-${i}`));
    });
    await new Promise((r) => setTimeout(r, 100));
    await terminateBackends(database);
    await Promise.all(load);
    for (const code of codes) expect([undefined, "UNAVAILABLE"]).toContain(code);
    await eventually(
      async () => (await write(`after-load-${Date.now()}`)) === undefined,
      "a write",
    );
    await eventually(async () => t.app.bus?.connected === true, "the change bus to reconnect");
    await expectIndexMatchesDatabase();
  });

  it("PostgreSQL unreachable (proxy cut) under load: UNAVAILABLE (503) fast, index reads go on, not ready; all back once restored", async () => {
    const reconnects = t.app.bus!.reconnects;
    const codes: (string | undefined)[] = [];
    let stop = false;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; !stop; i++) codes.push(await write(`cut-${w}-${i}`));
    });
    await new Promise((r) => setTimeout(r, 300));
    await proxy.cut();
    try {
      // While it is cut: writes fail with UNAVAILABLE, reads of the index answer.
      for (let i = 0; i < 3; i++) expect(await write(`while-cut-${i}`)).toBe("UNAVAILABLE");
      const rest = await withinBound(
        fetch(`${t.url}/api/v1/concepts`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
          body: JSON.stringify(buildConcept({ slug: "while-cut-rest" })),
        }),
        "a REST write",
      );
      // The key itself cannot be checked either: refused as unavailable, not as unauthenticated.
      expect(rest.status).toBe(503);
      expect(((await rest.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
      const read = await withinBound(
        t.gql(INDEX_READ, { slug: "anchor" }, { key: null }),
        "an index read",
      );
      expect(read.data?.concept).toEqual({ slug: "anchor", name: expect.any(String) });
      const ready = await withinBound(fetch(`${t.url}/readyz`), "/readyz");
      expect(ready.status).toBe(503);
      const body = JSON.stringify(await ready.json());
      expect(body).not.toMatch(/127\.0\.0\.1|localhost|postgres(ql)?:/);
    } finally {
      stop = true;
      await proxy.restore();
    }
    await Promise.all(writers);
    for (const code of codes) expect([undefined, "UNAVAILABLE"]).toContain(code);
    expect(codes).toContain("UNAVAILABLE");

    await eventually(async () => (await write(`after-cut-${Date.now()}`)) === undefined, "a write");
    await eventually(async () => (await fetch(`${t.url}/readyz`)).status === 200, "readiness");
    await eventually(
      async () => t.app.bus!.connected && t.app.bus!.reconnects > reconnects,
      "the change bus to reconnect",
    );
    await expectIndexMatchesDatabase();
  });
});
