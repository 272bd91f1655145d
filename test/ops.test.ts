import net from "node:net";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import {
  ON_POSTGRES,
  type TestApp,
  createPgDatabase,
  dropPgDatabase,
  buildConcept,
  fakeSecrets,
  startTestApp,
  tempDbFile,
  testConfig,
} from "./helpers.js";
import { createKeyWithCli, startServer } from "./server-process.js";
import { subscribe, until, wsClient } from "./ws-client.js";

const CREATE_CONCEPT = `mutation CreateIt($input: ConceptInput!) { createConcept(input: $input) { slug } }`;

/** The value of one series in Prometheus text (0 when absent). */
function series(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    sum += Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return sum;
}

describe("readiness", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("/healthz is up; /readyz is 200 with the database current, 503 with the reason when a migration is pending", async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });

    const prisma = t.app.db.prisma;
    const [last] = await prisma.$queryRawUnsafe<{ id: string; migration_name: string }[]>(
      `SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    await prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE id = ${last!.id}`;
    try {
      const pending = await fetch(`${t.url}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({
        status: "unavailable",
        reason: `migrations pending: ${last!.migration_name}`,
      });
    } finally {
      await prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = current_timestamp WHERE id = ${last!.id}`;
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});

describe("metrics", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    return res.text();
  };

  it("counts requests, times operations and routes, counts errors by code", async () => {
    const before = await scrape();
    await t.gql(CREATE_CONCEPT, { input: buildConcept() });
    await t.gql(CREATE_CONCEPT, { input: buildConcept({ slug: "Not A Slug" }) });
    await fetch(`${t.url}/api/v1/concepts/nothing-here`);
    await fetch(`${t.url}/api/v1/concepts/nothing-here`);
    const after = await scrape();

    const posts = { method: "POST", route: "/graphql", status: "200" };
    expect(series(after, "kg_http_requests_total", posts)).toBe(
      series(before, "kg_http_requests_total", posts) + 2,
    );
    const rest = { route: "/api/v1/concepts/:slug", status: "404" };
    expect(series(after, "kg_http_requests_total", rest)).toBe(2);
    expect(
      series(after, "kg_http_request_duration_seconds_count", { route: "/api/v1/concepts/:slug" }),
    ).toBe(2);
    expect(
      series(after, "kg_graphql_operation_duration_seconds_count", {
        operation: "CreateIt",
        type: "mutation",
      }),
    ).toBe(2);
    expect(series(after, "kg_errors_total", { transport: "graphql", code: "BAD_USER_INPUT" })).toBe(
      1,
    );
    expect(series(after, "kg_errors_total", { transport: "rest", code: "NOT_FOUND" })).toBe(2);
    if (ON_POSTGRES) {
      // The pg Pool: open connections, of which idle ones, and queries waiting for one.
      expect(series(after, "kg_db_pool_connections")).toBeGreaterThanOrEqual(1);
      expect(after).toMatch(/^kg_db_pool_idle_connections \d+$/m);
      expect(after).toMatch(/^kg_db_pool_waiting_requests 0$/m);
    } else {
      // SQLite: the writer, the read-only connection and search's read-only connection.
      expect(series(after, "kg_db_pool_connections")).toBe(3);
    }
    expect(after).toContain("process_cpu_user_seconds_total");
    expect(after).toContain("nodejs_heap_size_used_bytes");
  });

  it("shows WebSocket connections and subscriptions", async () => {
    const client = wsClient(t.url);
    const sub = subscribe(client, `subscription { graphChanged { key } }`);
    await until(() => t.app.services.live.active === 1, "the subscription");
    const text = await scrape();
    expect(series(text, "kg_websocket_connections")).toBe(1);
    expect(series(text, "kg_subscriptions")).toBe(1);
    await sub.stop();
    await client.dispose();
  });

  it("is off with METRICS_ENABLED=false", async () => {
    const off = await startTestApp({ METRICS_ENABLED: "false" });
    try {
      expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe("logs", () => {
  let app: App;
  let url: string;
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
    });
    app = await createApp(testConfig({ LOG_LEVEL: "debug" }), { logStream: stream });
    await app.http.listen({ port: 0, host: "127.0.0.1" });
    url = `http://127.0.0.1:${(app.http.server.address() as net.AddressInfo).port}`;
  });
  afterAll(() => app.close());

  it("are JSON lines with the request id on every line of a request, and hold no secret nor note body", async () => {
    const key = (await app.services.keys.create({ name: "ops-logs", role: "editor" })).secret;
    const body = `A note body that must not be logged ${Math.random().toString(36)}`;
    const post = (query: string, variables: object, id?: string) =>
      fetch(`${url}/graphql?trace=${encodeURIComponent(body)}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${key}`,
          ...(id ? { "x-request-id": id } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    const concept = buildConcept();
    const a = await post(CREATE_CONCEPT, { input: concept }, "req-ops-1");
    expect(a.headers.get("x-request-id")).toBe("req-ops-1");
    const b = await post(
      `mutation($input: NoteInput!) { addNote(input: $input) { id } }`,
      { input: { concept: concept.slug, body } },
      "req-ops-2",
    );
    expect(((await b.json()) as { data: unknown }).data).toBeTruthy();
    // A credential-shaped body is refused; its text must not reach the log either.
    const secret = fakeSecrets.awsKey();
    await post(`mutation($input: NoteInput!) { addNote(input: $input) { id } }`, {
      input: { concept: concept.slug, body: secret },
    });
    const generated = await fetch(`${url}/healthz`, { headers: { "x-request-id": "bad id!" } });
    const genId = generated.headers.get("x-request-id");
    expect(genId).toMatch(/^[0-9a-f-]{36}$/);
    // Too long, or outside the safe set: never echoed nor logged, a fresh id instead.
    const long = "a".repeat(129);
    for (const given of [long, "id<script>", "id%0d%0aforged: 1"]) {
      const res = await fetch(`${url}/healthz`, { headers: { "x-request-id": given } });
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }

    await until(
      () => lines.some((l) => l.reqId === genId && l.msg === "request completed"),
      "logs",
    );
    for (const id of ["req-ops-1", "req-ops-2"]) {
      const mine = lines.filter((l) => l.reqId === id);
      expect(mine.map((l) => l.msg)).toEqual(["incoming request", "request completed"]);
      expect(mine[0]).toMatchObject({ req: { method: "POST", path: "/graphql" } });
      expect(typeof mine[0]!.level).toBe("number");
    }
    const all = raw.join("\n");
    expect(all).not.toContain("a".repeat(129));
    expect(all).not.toContain("forged");
    expect(all).not.toContain(key);
    expect(all).not.toContain(body);
    expect(all).not.toContain(encodeURIComponent(body).slice(0, 30));
    expect(all).not.toContain(secret);
    expect(all).not.toMatch(/authorization/i);
  });
});

// It starts a server process and the CLI: slow on two loaded cores, so a generous timeout.
describe("graceful shutdown", { timeout: 120_000 }, () => {
  it("on SIGTERM: /readyz 503, stops accepting, finishes the request in flight, exits 0", async () => {
    const file = tempDbFile();
    const database = ON_POSTGRES ? await createPgDatabase() : `file:${file}`;
    // The in-flight request is a write: it needs a key, made as the server's own CLI would.
    const key = await createKeyWithCli(ON_POSTGRES ? database : file, "editor", "shutdown");
    const server = await startServer({
      DATABASE_URL: database,
      LOG_LEVEL: "info",
      SHUTDOWN_DELAY_MS: "1000",
      SHUTDOWN_TIMEOUT_MS: "15000",
    });
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const client = wsClient(base);
    const sub = subscribe(client, `subscription { graphChanged { key } }`);
    await until(
      async () =>
        (await fetch(`${base}/metrics`)).text().then((t) => series(t, "kg_subscriptions") === 1),
      "subscription",
    );

    // A request in flight: headers and half of its body sent before the signal.
    const payload = JSON.stringify({
      query: CREATE_CONCEPT,
      variables: { input: buildConcept({ slug: "in-flight" }) },
    });
    const socket = net.connect(server.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let response = "";
    socket.on("data", (c: Buffer) => (response += c.toString()));
    const half = Math.floor(payload.length / 2);
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload.slice(0, half)}`,
    );
    await until(() => server.log().includes("incoming request"), "the request to arrive");

    server.child.kill("SIGTERM");
    await until(
      async () => (await fetch(`${base}/readyz`).catch(() => null))?.status === 503,
      "/readyz to answer 503",
    );
    await expect(sub.next()).rejects.toBeTruthy(); // subscriptions are closed
    const refused = async () =>
      new Promise<boolean>((resolve) => {
        const probe = net.connect(server.port, "127.0.0.1");
        probe.on("connect", () => (probe.destroy(), resolve(false)));
        probe.on("error", () => resolve(true));
      });
    await until(refused, "the server to stop accepting");

    socket.write(payload.slice(half));
    await until(() => response.includes("\r\n\r\n") && response.includes("}"), "the response");
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain(`"slug":"in-flight"`);

    let code: number | null | undefined;
    void server.exited.then((c) => (code = c));
    await until(() => code !== undefined, "the process to exit", 20_000);
    expect(code, server.log().slice(-3000)).toBe(0);
    expect(server.log()).toContain("shut down cleanly");
    await client.dispose();
    if (ON_POSTGRES) await dropPgDatabase(database);
  });
});

describe("shutdown and a client that stops reading", { timeout: 120_000 }, () => {
  it("does not hang: connections still open at half SHUTDOWN_TIMEOUT_MS are cut", async () => {
    const t = await startTestApp({ SEED_ON_START: "true", SHUTDOWN_TIMEOUT_MS: "2000" });
    // Twenty pipelined requests for a streamed static file (~1.4 MB) on a socket that never reads:
    // the stream waits on full buffers, so the request never finishes.
    const socket = net.connect(Number(new URL(t.url).port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.pause();
    const request = `GET /api/docs/static/swagger-ui-bundle.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    socket.write(request.repeat(20));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = Date.now();
    const closed = await Promise.race([
      t.close().then(() => "closed"),
      new Promise((resolve) => setTimeout(() => resolve("still open after 20 s"), 20_000)),
    ]);
    expect(closed).toBe("closed");
    expect(Date.now() - started).toBeLessThan(5_000);
    socket.destroy();
  });
});
