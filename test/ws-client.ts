import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Subscription<T = any> {
  /** The next event (rejects with the server's errors when the subscription fails). */
  next(): Promise<T>;
  /** Ends this subscription. */
  stop(): Promise<void>;
}

/** A real graphql-ws client (protocol graphql-transport-ws) over the `ws` package. */
export function wsClient(
  httpUrl: string,
  connectionParams?: Record<string, unknown>,
): Client & { closed: Promise<{ code: number; reason: string }> } {
  let closed!: (c: { code: number; reason: string }) => void;
  const closedP = new Promise<{ code: number; reason: string }>((r) => (closed = r));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closed({ code: e.code, reason: String(e.reason) });
      },
    },
    onNonLazyError: () => undefined,
  });
  return Object.assign(client, { closed: closedP });
}

/** Subscribes and returns a pull-style handle on the events. */
export function subscribe<T = any>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Subscription<T> {
  const iterator = client.iterate<T>({ query, variables });
  return {
    async next() {
      const r = await iterator.next().catch((err: unknown) => {
        // A refused subscription rejects with the server's error list.
        throw Array.isArray(err) ? Object.assign(new Error("errors"), { errors: err }) : err;
      });
      if (r.done) throw new Error("subscription ended");
      if (r.value.errors) throw Object.assign(new Error("errors"), { errors: r.value.errors });
      return r.value.data as T;
    },
    async stop() {
      await iterator.return?.();
    },
  };
}

/** Polls `check` until it returns true (no fixed sleeps in assertions). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Subscribes with a fresh client and returns the first thing the server answers: data or errors. */
export async function subscribeOnce(httpUrl: string, query: string): Promise<unknown> {
  const client = wsClient(httpUrl);
  const sub = subscribe(client, query);
  try {
    return await Promise.race([
      sub.next().then(
        (data) => ({ data }),
        (err: unknown) => ({ errors: (err as { errors?: unknown }).errors ?? String(err) }),
      ),
      client.closed.then((c) => ({ errors: `closed ${c.code} ${c.reason}` })),
    ]);
  } finally {
    await client.dispose();
  }
}
