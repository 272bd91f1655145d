import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type TestApp, startTestApp } from "./helpers.js";

/**
 * The guard (keys and rate limits) decides on the route the router matched, not on the raw URL:
 * every spelling of an API path that reaches an API route is guarded, and only an allow-list of
 * public pages is not. Requests go out byte for byte (node:http), never normalised by a client.
 */
function raw(
  t: TestApp,
  method: string,
  path: string,
  opts: { key?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: {
          ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
          ...(opts.body !== undefined ? { "content-type": "application/json" } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

const QUERY = JSON.stringify({ query: "{ concepts(first: 1) { totalCount } }" });

/** Spellings of the REST concepts route and of /graphql that a router may take for them. */
const REST_SPELLINGS = [
  "/api/v1/concepts",
  "/%61pi/v1/concepts",
  "/api/%76%31/concepts",
  "/api/v1/%63oncepts",
  "/%2561pi/v1/concepts",
  "//api/v1/concepts",
  "/api//v1/concepts",
  "/api/v1/./concepts",
  "/api/v1/x/../concepts",
  "/api/v1/concepts/",
  "/API/v1/concepts",
  "/api/v1/Concepts",
  "/api/v1/concepts?first=1",
  "/api/v1/concepts;x",
  "/api/v1/concepts%3Ffirst=1",
  "/api/v1/concepts#x",
  "/api/v1/concepts/etcd",
  "/api/v1/concepts/%65tcd",
  "/api/v1/concepts/etcd/relations",
  "/api/v1/relation-types",
  "/api/v1/export?format=json",
  "/api/v1/%65xport?format=json",
  "/api/v1/history",
  "/api/v1/unknown-route",
  "/api/v2/concepts",
];
const GRAPHQL_SPELLINGS = [
  "/graphql",
  "/%67raphql",
  "/%47raphql",
  "/graphq%6C",
  "/graphql/",
  "//graphql",
  "/./graphql",
  "/x/../graphql",
  "/GRAPHQL",
  "/graphql?x=1",
  "/graphql;x",
];
/** What anyone may open without a key, in every spelling the router takes. */
const PUBLIC = [
  "/healthz",
  "/readyz",
  "/metrics",
  "/",
  "/playground",
  "/explore",
  "/schema.graphql",
];

let locked: TestApp;
let limited: TestApp;
beforeAll(async () => {
  [locked, limited] = await Promise.all([
    startTestApp({ READS_REQUIRE_KEY: "true" }),
    startTestApp({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: "3" }),
  ]);
});
afterAll(() => Promise.all([locked.close(), limited.close()]));

describe("with READS_REQUIRE_KEY, no API route answers without a key", () => {
  it.each(REST_SPELLINGS)("GET %s is refused with 401", async (path) => {
    const res = await raw(locked, "GET", path);
    expect(res.status, res.body).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe("UNAUTHENTICATED");
  });

  it.each(REST_SPELLINGS)("HEAD %s is refused with 401", async (path) => {
    expect((await raw(locked, "HEAD", path)).status).toBe(401);
  });

  it.each(GRAPHQL_SPELLINGS)("POST %s is refused with 401", async (path) => {
    const res = await raw(locked, "POST", path, { body: QUERY });
    expect(res.status, res.body).toBe(401);
    expect(res.body).toContain("UNAUTHENTICATED");
    expect(res.body).not.toContain("totalCount");
  });

  it.each(GRAPHQL_SPELLINGS)("GET %s?query=... is refused with 401", async (path) => {
    const sep = path.includes("?") ? "&" : "?";
    const q = encodeURIComponent("{ concepts(first: 1) { totalCount } }");
    const res = await raw(locked, "GET", `${path}${sep}query=${q}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(res.status, res.body).toBe(401);
  });

  it("OPTIONS of an API route is refused too (it is not a public page)", async () => {
    expect((await raw(locked, "OPTIONS", "/%67raphql")).status).toBe(401);
    expect((await raw(locked, "OPTIONS", "/api/v1/concepts")).status).toBe(401);
  });

  it("answers every spelling the router takes once a key is sent", async () => {
    const key = await locked.createKey("reader");
    expect((await raw(locked, "GET", "/%61pi/v1/concepts", { key })).status).toBe(200);
    const res = await raw(locked, "POST", "/%67raphql", { key, body: QUERY });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data.concepts.totalCount).toBe(0);
  });

  it.each(PUBLIC)("%s stays public", async (path) => {
    const res = await raw(locked, "GET", path);
    expect(res.status, `${path}: ${res.body.slice(0, 200)}`).toBe(200);
  });

  it("a WebSocket upgrade through any spelling of /graphql needs a key too", async () => {
    for (const path of ["/graphql", "/%67raphql", "//graphql", "/graphql/", "/./graphql"]) {
      const ws = new WebSocket(
        `${locked.url.replace("http", "ws")}${path}`,
        "graphql-transport-ws",
      );
      const outcome = await new Promise<string>((resolve) => {
        ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: {} })));
        ws.on("message", (m) => resolve(`message ${String(m)}`));
        ws.on("close", (code) => resolve(`closed ${code}`));
        ws.on("unexpected-response", (_req, res) => resolve(`refused ${res.statusCode}`));
        ws.on("error", () => resolve("error"));
      });
      ws.terminate();
      expect(outcome, path).not.toContain("connection_ack");
    }
  });
});

describe("rate limits count every spelling of a route", () => {
  it("a caller without a key is throttled whatever path spelling it uses", async () => {
    const statuses: number[] = [];
    for (const path of [
      "/%61pi/v1/concepts",
      "//api/v1/concepts",
      "/api/v1/concepts/",
      "/%67raphql",
      "/graphql/",
    ]) {
      const res = path.includes("graphql")
        ? await raw(limited, "POST", path, { body: QUERY })
        : await raw(limited, "GET", path);
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
  });

  it("health checks are never throttled", async () => {
    for (let i = 0; i < 6; i++) expect((await raw(limited, "GET", "/healthz")).status).toBe(200);
  });
});
