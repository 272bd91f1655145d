import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { type Cluster, subscriptionCount } from "./team-cluster.js";
import { CREATE_CONCEPT, conceptInput, mustWrite, sleep, within } from "./team-util.js";
import { type Stats, stats } from "./stats.js";

/** Delivery of `graphChanged` events to many WebSocket subscribers on both processes. */
export interface SubscribersResult {
  subscribers: number;
  connections: number;
  writes: number;
  interval_ms: number;
  /** Over every (write, subscriber) pair: from just before the write was sent to the event. */
  delivery: Stats;
  missing: number;
  subscription_errors: number;
  /** The same per process: A's subscribers hear their own process, B's hear it over the bus. */
  by_process: Record<"a" | "b", Stats & { missing: number }>;
}

const SUBSCRIPTION = `subscription Changes { graphChanged(filter: { entities: [CONCEPT], ops: [CREATE] }) { key op remote } }`;

/**
 * `perProcess` subscribers on each of A and B (one WebSocket each), then `writes` new concepts
 * through A, one every `intervalMs`; each subscriber must receive every one.
 */
export async function subscribers(
  c: Cluster,
  perProcess: number,
  writes: number,
  intervalMs: number,
  run: string,
): Promise<SubscribersResult> {
  const total = perProcess * 2;
  // arrivals[write][subscriber]: performance.now() when the event came, NaN until then.
  const arrivals = Array.from({ length: writes }, () => new Float64Array(total).fill(NaN));
  const writeOf = new Map<string, number>();
  const clients: Client[] = [];
  let errors = 0;
  let received = 0;
  try {
    for (const [p, base] of [c.a, c.b].entries()) {
      // Opened in batches, each connected before the next: no burst of 500 handshakes at once.
      for (let first = 0; first < perProcess; first += 50) {
        const batch: Promise<void>[] = [];
        for (let j = first; j < Math.min(perProcess, first + 50); j++) {
          const sub = p * perProcess + j;
          let connected!: () => void;
          batch.push(new Promise<void>((r) => (connected = r)));
          const client = createClient({
            url: `${base.replace(/^http/, "ws")}/graphql`,
            webSocketImpl: WebSocket,
            lazy: false,
            retryAttempts: 0,
            onNonLazyError: () => errors++,
            on: { connected: () => connected() },
          });
          clients.push(client);
          client.subscribe<{ graphChanged: { key: string } }>(
            { query: SUBSCRIPTION },
            {
              next: (value) => {
                const at = performance.now();
                const w = writeOf.get(value.data?.graphChanged.key ?? "");
                if (w !== undefined && Number.isNaN(arrivals[w]![sub])) {
                  arrivals[w]![sub] = at;
                  received++;
                }
              },
              error: () => errors++,
              complete: () => undefined,
            },
          );
        }
        await within(Promise.all(batch), 30_000);
      }
    }
    // Subscribed = the server counts it (graphql-ws does not acknowledge a subscribe).
    const end = Date.now() + 30_000;
    while (
      (await subscriptionCount(c.a)) < perProcess ||
      (await subscriptionCount(c.b)) < perProcess
    ) {
      if (Date.now() > end) throw new Error(`subscribers not all registered (errors: ${errors})`);
      await sleep(100);
    }
    await sleep(500);

    const sentAt: number[] = [];
    const start = performance.now();
    for (let w = 0; w < writes; w++) {
      const slug = `team-sub-${run}-${w}`;
      writeOf.set(slug, w);
      sentAt.push(performance.now());
      await mustWrite(c.a, c.key, CREATE_CONCEPT, { input: conceptInput(slug) });
      await sleep(Math.max(0, start + (w + 1) * intervalMs - performance.now()));
    }
    const deadline = Date.now() + 10_000;
    while (received < writes * total && Date.now() < deadline) await sleep(50);

    const latency = (from: number, to: number) => {
      const times: number[] = [];
      let missing = 0;
      for (let w = 0; w < writes; w++) {
        for (let s = from; s < to; s++) {
          const at = arrivals[w]![s]!;
          if (Number.isNaN(at)) missing++;
          else times.push(at - sentAt[w]!);
        }
      }
      return { ...stats(times), missing };
    };
    const all = latency(0, total);
    const { missing, ...delivery } = all;
    return {
      subscribers: total,
      connections: clients.length,
      writes,
      interval_ms: intervalMs,
      delivery,
      missing,
      subscription_errors: errors,
      by_process: { a: latency(0, perProcess), b: latency(perProcess, total) },
    };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}
