import pg from "pg";

/** What one replica tells the others about a committed change: small, the rest is reloaded by key. */
export interface BusMessage {
  /** The replica that made the change. */
  origin: string;
  entity: string;
  op: string;
  /** Concept slug, relation id, relation type key or note id. */
  key: string;
  actor?: string;
  changeId?: string;
}

export interface ChangeBusOptions {
  url: string;
  channel: string;
  /** Every message on the channel, this replica's own included. */
  onMessage(message: BusMessage): void;
  /** After the LISTEN connection was lost and is back: notifications may have been missed. */
  onReconnect(): Promise<void> | void;
  log: { info(msg: string): void; warn(obj: object, msg: string): void };
  /** First and largest wait between reconnection attempts (ms). */
  backoff?: { min: number; max: number };
  /** Longest wait for the connection to open (ms): an unreachable server fails an attempt, not hangs it. */
  connectTimeoutMs?: number;
}

/** NOTIFY payloads are capped at 8000 bytes; ours are far smaller, this keeps them so. */
const MAX_PAYLOAD = 7900;
/** Messages kept while disconnected, sent on reconnect; beyond it the oldest are dropped. */
const MAX_OUTBOX = 10_000;

/**
 * PostgreSQL LISTEN/NOTIFY between replicas, on one dedicated connection (not from the pool: a
 * LISTEN lives as long as its session). A lost connection is reopened with exponential backoff;
 * messages published meanwhile wait in an outbox and go out once it is back.
 */
export class PgChangeBus {
  private client: pg.Client | null = null;
  private closed = false;
  private everConnected = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;
  private readonly outbox: string[] = [];
  private sending: Promise<void> = Promise.resolve();
  /** Times the connection was re-established after a loss. */
  reconnects = 0;

  constructor(private readonly opts: ChangeBusOptions) {}

  /** True while the LISTEN connection is open. */
  get connected(): boolean {
    return this.client !== null;
  }

  /** The server process id of the LISTEN connection (tests terminate it to check reconnection). */
  get backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  /** Opens the connection and LISTENs; throws when PostgreSQL cannot be reached at start. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Sends a message to every replica (this one too) after the change committed. */
  publish(message: BusMessage): void {
    let payload = JSON.stringify(message);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
      payload = JSON.stringify({ ...message, actor: undefined });
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
        this.opts.log.warn({ entity: message.entity }, "change too large for the bus; not sent");
        return;
      }
    }
    this.outbox.push(payload);
    if (this.outbox.length > MAX_OUTBOX) this.outbox.shift();
    this.flush();
  }

  /** Stops listening and closes the connection; pending messages are sent first when connected. */
  async close(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    await this.sending;
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private flush() {
    this.sending = this.sending.then(async () => {
      while (this.client && this.outbox.length > 0) {
        const client = this.client;
        try {
          await client.query("SELECT pg_notify($1, $2)", [this.opts.channel, this.outbox[0]]);
          this.outbox.shift();
        } catch (err) {
          // Kept in the outbox: sent again once the connection is back.
          this.lost(client, err);
          return;
        }
      }
    });
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.opts.url,
      connectionTimeoutMillis: this.opts.connectTimeoutMs ?? 5000,
      // A peer gone without a word (a cut network) is noticed, and the connection reopened.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client, new Error("connection ended")));
    client.on("notification", (n) => {
      if (n.channel !== this.opts.channel || !n.payload) return;
      const message = parseMessage(n.payload);
      if (message) this.opts.onMessage(message);
      else this.opts.log.warn({ channel: n.channel }, "ignored a malformed change-bus message");
    });
    await client.connect();
    try {
      await client.query(`LISTEN ${client.escapeIdentifier(this.opts.channel)}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    this.flush();
    if (this.everConnected) {
      this.reconnects++;
      this.opts.log.info("change bus reconnected; reloading what may have been missed");
      try {
        await this.opts.onReconnect();
      } catch (err) {
        this.opts.log.warn({ err: String(err) }, "reload after reconnecting failed");
      }
    }
    this.everConnected = true;
  }

  private lost(client: pg.Client, err: unknown) {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.opts.log.warn(
      { err: err instanceof Error ? err.message : String(err) },
      "change bus connection lost; reconnecting",
    );
    this.schedule();
  }

  private schedule() {
    if (this.closed || this.retry) return;
    const { min, max } = this.opts.backoff ?? { min: 100, max: 5000 };
    const wait = Math.min(max, min * 2 ** this.attempt++) * (0.5 + Math.random() / 2);
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((err: unknown) => {
        this.opts.log.warn(
          { err: err instanceof Error ? err.message : String(err) },
          "change bus reconnect failed",
        );
        this.schedule();
      });
    }, wait);
    this.retry.unref();
  }
}

function parseMessage(payload: string): BusMessage | null {
  try {
    const m = JSON.parse(payload) as Partial<BusMessage>;
    const str = (v: unknown) => typeof v === "string";
    if (!str(m.origin) || !str(m.entity) || !str(m.op) || !str(m.key)) return null;
    return {
      origin: m.origin!,
      entity: m.entity!,
      op: m.op!,
      key: m.key!,
      ...(str(m.actor) ? { actor: m.actor } : {}),
      ...(str(m.changeId) ? { changeId: m.changeId } : {}),
    };
  } catch {
    return null;
  }
}
