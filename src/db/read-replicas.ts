import type { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { ContextSlot } from "../context.js";
import { storageFault, asFault } from "./faults.js";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/**
 * Where one request's reads may go. `after`: the newest change the caller has seen (its own last
 * write, or the `KG-Read-After` header); only a replica that has replayed it may answer.
 * `primary`: every read goes to the primary (read-your-writes could not be had from a replica in
 * time, or the reader must see the primary, such as the change bus's reloads). `committed`: the
 * newest change this request wrote (the `KG-Change-Id` response header).
 */
export interface ReadScope {
  after: number;
  primary: boolean;
  committed: number;
}

const scopes = new ContextSlot<ReadScope>();

/** Makes `scope` decide where the rest of the current request's reads go (see ReadScope). */
export function setReadScope(scope: ReadScope): void {
  scopes.set(scope);
}

/** Runs `fn` reading from the primary only. */
export const onPrimary = <T>(fn: () => T): T =>
  scopes.run({ after: 0, primary: true, committed: 0 }, fn);

/** The read scope `fn`'s caller runs in, if any. */
export const currentReadScope = (): ReadScope | undefined => scopes.get();

/**
 * Tells the open read scope that its request committed change `id`: its later reads need a
 * replica that has replayed it, and the response says it (KG-Change-Id).
 */
export function committed(id: number): void {
  const scope = scopes.get();
  if (!scope) return;
  scope.committed = Math.max(scope.committed, id);
  scope.after = Math.max(scope.after, id);
}

export interface ReplicaOptions {
  poolSize: number;
  connectTimeoutMs: number;
  /** How often each replica is asked which change it has replayed. */
  pollMs: number;
  /**
   * A replica that has not replayed the newest known change for longer than this answers no read
   * until it has (bounded staleness for reads that carry no change id).
   */
  maxLagMs: number;
}

/** One read replica as the metrics and /readyz show it. */
export interface ReplicaState {
  name: string;
  up: boolean;
  /** The newest change it has replayed. */
  replayed: number;
  /** Changes it is behind the newest this process knows of. */
  behind: number;
}

class Replica {
  up = false;
  replayed = 0;
  /** When it was first seen behind the newest known change (null: caught up). */
  behindSince: number | null = null;
  adapter: Adapter | null = null;

  constructor(
    readonly name: string,
    readonly pool: pg.Pool,
  ) {}
}

const REPLAYED = `SELECT coalesce(max(id), 0)::int AS id FROM "ChangeRecord"`;

/**
 * PostgreSQL streaming replicas that take the reads (DATABASE_READ_URL), while writes and the
 * change bus stay on the primary. Each replica is polled for the newest change it has replayed;
 * a read goes, round robin, to a replica that is up, has replayed what its scope needs, and is not
 * lagging longer than `maxLagMs`; otherwise to the primary. A read that fails on a replica is
 * retried once on the primary, and a replica that cannot be reached is left out until a poll
 * reaches it again (fail-over without an error to the client).
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private latest = () => 0;
  private polling: Promise<void> | null = null;
  /** How many reads each side answered (metrics and tests). */
  readonly served = { replica: 0, primary: 0, failover: 0 };

  constructor(
    urls: string[],
    private readonly opts: ReplicaOptions,
  ) {
    this.replicas = urls.map((url, i) => {
      const pool = new pg.Pool({
        connectionString: url,
        max: opts.poolSize,
        connectionTimeoutMillis: opts.connectTimeoutMs,
        keepAlive: true,
      });
      pool.on("error", () => undefined); // a lost idle connection: the pool opens another
      pool.on("connect", (client) => client.on("error", () => undefined));
      return new Replica(`replica-${i}`, pool);
    });
  }

  /** Connects an adapter to each replica and starts polling them. */
  async start(connect: (pool: pg.Pool) => Promise<Adapter>): Promise<void> {
    for (const r of this.replicas) r.adapter = await connect(r.pool);
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.opts.pollMs);
    this.timer.unref();
  }

  /** `latest`: the newest change this process knows of (the change feed), to tell lag by. */
  follow(latest: () => number): void {
    this.latest = latest;
  }

  /** Asks every replica which change it has replayed (one cheap indexed read each). */
  poll(): Promise<void> {
    // One poll at a time: requests waiting for a change share it.
    this.polling ??= this.pollOnce().finally(() => (this.polling = null));
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    const now = Date.now();
    await Promise.all(
      this.replicas.map(async (r) => {
        try {
          const { rows } = await r.pool.query<{ id: number }>(REPLAYED);
          r.replayed = Number(rows[0]?.id ?? 0);
          r.up = true;
        } catch {
          r.up = false;
        }
        if (r.replayed >= this.latest()) r.behindSince = null;
        else r.behindSince ??= now;
      }),
    );
  }

  /**
   * Waits until some replica has replayed change `id`, polling every few milliseconds, at most
   * `ms`. False when none has in time: the caller then reads from the primary.
   */
  async waitFor(id: number, ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    for (;;) {
      if (this.replicas.some((r) => r.up && r.replayed >= id)) return true;
      if (Date.now() >= until) return false;
      await new Promise((r) => setTimeout(r, 5));
      await this.poll();
    }
  }

  /** The replica for a read in the current scope, or null for the primary. */
  private pick(): Replica | null {
    const scope = scopes.get();
    if (scope?.primary) return null;
    const need = scope?.after ?? 0;
    const now = Date.now();
    for (let i = 0; i < this.replicas.length; i++) {
      const r = this.replicas[(this.next + i) % this.replicas.length]!;
      if (!r.up || !r.adapter || r.replayed < need) continue;
      if (r.behindSince !== null && now - r.behindSince > this.opts.maxLagMs) continue;
      this.next = (this.next + i + 1) % this.replicas.length;
      return r;
    }
    return null;
  }

  /**
   * The reader: `primary` (the primary's adapter) with its reads sent to a replica where one may
   * answer. Transactions and scripts stay on the primary.
   */
  route(primary: Adapter): Adapter {
    const read =
      (method: "queryRaw" | "executeRaw") =>
      async (query: Query): Promise<unknown> => {
        const r = this.pick();
        if (!r) {
          this.served.primary++;
          return primary[method](query);
        }
        try {
          const result = await r.adapter![method](query);
          this.served.replica++;
          return result;
        } catch (err) {
          // The replica is gone (or cancelled the read on a conflict with recovery): the primary
          // answers instead, and a lost replica is left out until a poll reaches it.
          if (storageFault(asFault(err))) r.up = false;
          this.served.failover++;
          return primary[method](query);
        }
      };
    const routed = { queryRaw: read("queryRaw"), executeRaw: read("executeRaw") };
    return new Proxy(primary, {
      get(obj, prop) {
        if (prop === "queryRaw" || prop === "executeRaw") return routed[prop];
        const value = Reflect.get(obj, prop, obj) as unknown;
        return typeof value === "function" ? (value as () => unknown).bind(obj) : value;
      },
    });
  }

  states(): ReplicaState[] {
    const latest = this.latest();
    return this.replicas.map((r) => ({
      name: r.name,
      up: r.up,
      replayed: r.replayed,
      behind: Math.max(0, latest - r.replayed),
    }));
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(
      this.replicas.map(async (r) => {
        await r.adapter?.dispose().catch(() => undefined);
        await r.pool.end().catch(() => undefined);
      }),
    );
  }
}
