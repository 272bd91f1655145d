import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiter } from "../src/api/rate-limit.js";
import { type TestApp, bearer, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  // Keys: bursts of 12, then one request every 5 s; anonymous callers: bursts of 6, one every 10 s.
  // Refills this slow keep the checks that follow a 429 from racing a refill on a loaded machine
  // (at one a second, a CI run answered 200 where 429 was due).
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "12", RATE_LIMIT_ANONYMOUS_PER_MINUTE: "6" });
});
afterAll(() => t.close());

const query = (key: string | null) =>
  fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer(key) },
    body: JSON.stringify({ query: "{ concepts { totalCount } }" }),
  });

/** Sends requests until one is refused; returns it (fails after far more than the budget). */
async function exhaust(send: () => Promise<Response>): Promise<Response> {
  for (let i = 0; i < 300; i++) {
    const res = await send();
    if (res.status === 429) return res;
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
  throw new Error("never rate-limited");
}

describe("rate limit per key (and per IP without a key)", () => {
  it("answers RATE_LIMITED with 429 and Retry-After on GraphQL and REST, per key, and recovers", async () => {
    const key = await t.createKey("reader");
    const limited = await exhaust(() => query(key));
    const wait = Number(limited.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    const body = (await limited.json()) as any;
    expect(body.errors[0].extensions).toEqual({ code: "RATE_LIMITED", retryAfter: wait });

    const rest = await fetch(`${t.url}/api/v1/concepts`, { headers: bearer(key) });
    expect(rest.status).toBe(429);
    expect(Number(rest.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await rest.json()) as any).error.code).toBe("RATE_LIMITED");

    // Other keys, and anonymous callers, have budgets of their own.
    expect((await query(t.adminKey)).status).toBe(200);
    expect((await query(null)).status).toBe(200);

    // After the time the server asked for, the key is served again.
    await new Promise((r) => setTimeout(r, wait * 1000));
    expect((await query(key)).status).toBe(200);
  });

  it("limits anonymous callers by IP address", async () => {
    const limited = await exhaust(() => query(null));
    expect(((await limited.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
    expect((await fetch(`${t.url}/api/v1/concepts`)).status).toBe(429);
    // Pages and health checks are not API calls: never limited.
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

describe("RateLimiter", () => {
  it("grants a burst of perMinute, then one more per 60/perMinute seconds; 0 disables", () => {
    let now = 0;
    const limiter = new RateLimiter(6, () => now);
    for (let i = 0; i < 6; i++) expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(10);
    expect(limiter.take("b")).toBe(0);
    now += 9_999;
    expect(limiter.take("a")).toBe(1);
    now += 1;
    expect(limiter.take("a")).toBe(0);
    const off = new RateLimiter(0, () => now);
    for (let i = 0; i < 1000; i++) expect(off.take("a")).toBe(0);
  });
});
