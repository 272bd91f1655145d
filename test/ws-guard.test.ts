import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type TestApp, bearer, startTestApp } from "./helpers.js";
import { subscribe, until, wsClient } from "./ws-client.js";

const CHANGES = `subscription Changes { graphChanged { entity key } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    WS_MAX_CONNECTIONS_PER_ADDRESS: "6",
    WS_MAX_CONNECTIONS_PER_KEY: "2",
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: "4",
  });
});
afterAll(() => t.close());
afterEach(async () => {
  await until(
    () => t.app.services.live.active === 0 && t.app.sockets.connections === 0,
    "every connection of the test to end",
  );
});

/** A subscriber holding `key`, with its subscription open on the server. */
async function subscriber(key: string) {
  const before = t.app.services.live.active;
  const client = wsClient(t.url, { authorization: `Bearer ${key}` });
  const sub = subscribe(client, CHANGES);
  await until(() => t.app.services.live.active > before, "the subscription to be open");
  return { client, sub };
}

/** Opens a raw WebSocket upgrade and reports the HTTP status it was refused with, or 101. */
function upgradeStatus(app: TestApp): Promise<{ status: number; ws: WebSocket }> {
  const ws = new WebSocket(`${app.url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
  return new Promise((resolve) => {
    ws.on("unexpected-response", (_req, res) => resolve({ status: res.statusCode ?? 0, ws }));
    ws.on("open", () => resolve({ status: 101, ws }));
    ws.on("error", () => resolve({ status: -1, ws }));
  });
}

describe("revoking a key ends its live connections", () => {
  it("closes a revoked key's subscriptions within a second (revoked here)", async () => {
    const key = await t.createKey("reader", "live-1");
    const { client } = await subscriber(key);
    const started = Date.now();
    const res = await t.gql(`mutation { revokeApiKey(name: "live-1") { revokedAt } }`);
    expect(res.errors).toBeUndefined();
    const closed = await client.closed;
    expect(closed.code).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("closes them within a second when another process revokes the key in the database", async () => {
    const key = await t.createKey("reader", "live-2");
    const { client } = await subscriber(key);
    const started = Date.now();
    // What another replica (or `kg keys revoke` on the database) does: no event reaches this one.
    await t.app.db.prisma.apiKey.update({
      where: { name: "live-2" },
      data: { revokedAt: new Date() },
    });
    const closed = await client.closed;
    expect(closed.code).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe("no client takes every slot", () => {
  it("caps connections per API key (WS_MAX_CONNECTIONS_PER_KEY)", async () => {
    const key = await t.createKey("reader", "busy");
    const held = [await subscriber(key), await subscriber(key)];
    const third = wsClient(t.url, { authorization: `Bearer ${key}` });
    subscribe(third, CHANGES)
      .next()
      .catch(() => undefined);
    expect((await third.closed).code).toBe(4429);
    for (const h of held) await h.client.dispose();
  });

  it("caps connections per address (WS_MAX_CONNECTIONS_PER_ADDRESS) with 429", async () => {
    const open: WebSocket[] = [];
    for (let i = 0; i < 6; i++) {
      const { status, ws } = await upgradeStatus(t);
      expect(status).toBe(101);
      open.push(ws);
    }
    const { status } = await upgradeStatus(t);
    expect(status).toBe(429);
    for (const ws of open) ws.terminate();
    await until(() => t.app.sockets.connections === 0, "the connections to close");
    expect((await upgradeStatus(t)).status).toBe(101);
  });
});

describe("wrong keys are throttled", () => {
  it("an address that keeps sending wrong keys is refused with 429, on HTTP and WebSocket", async () => {
    const app = await startTestApp({ RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: "3" });
    try {
      const wrong = `kg_${"x".repeat(40)}`;
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${app.url}/api/v1/concepts`, { headers: bearer(wrong) });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const res = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(app.adminKey) },
        body: JSON.stringify({ query: "{ whoami { name } }" }),
      });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      const ws = wsClient(app.url, { authorization: `Bearer ${wrong}` });
      subscribe(ws, CHANGES)
        .next()
        .catch(() => undefined);
      expect((await ws.closed).code).toBe(4429);
    } finally {
      await app.close();
    }
  });
});
