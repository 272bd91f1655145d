/**
 * Storage faults: the database cannot store a write (full) or cannot be reached or written at all
 * (read-only, missing, locked, connection lost). Driver errors of every kind are sorted here, the
 * one place that knows SQLite's and PostgreSQL's codes; src/errors.ts turns a fault into the error a
 * client sees. A fault's `reason` is safe to show: it never names a file, a host or a statement.
 */

export type FaultCode = "STORAGE_FULL" | "UNAVAILABLE";

/**
 * A write (or read) that failed because of the store, not the request. Thrown from the database
 * layer; Prisma passes its `code` and `meta` on when it wraps it, so it survives as far as the API's
 * error mapping. Not an AppError: code that skips refused records (imports) must not skip these.
 */
export class StoreFault extends Error {
  readonly meta: { reason: string; busy?: true };

  /**
   * `busy`: the store is only busy (a wait for a connection or for the writer ran out under load):
   * UNAVAILABLE for this request, but not a store that cannot commit (readiness stays up).
   */
  constructor(
    readonly code: FaultCode,
    readonly reason: string,
    options?: { cause?: unknown; busy?: boolean },
  ) {
    super(
      `${code === "STORAGE_FULL" ? "storage full" : "database unavailable"}: ${reason}`,
      options,
    );
    this.name = "StoreFault";
    this.meta = options?.busy ? { reason, busy: true } : { reason };
  }

  get busy(): boolean {
    return this.meta.busy === true;
  }
}

const full = (reason: string) => new StoreFault("STORAGE_FULL", reason);
const unavailable = (reason: string) => new StoreFault("UNAVAILABLE", reason);
const busy = (reason: string) => new StoreFault("UNAVAILABLE", reason, { busy: true });

/** SQLite result codes (better-sqlite3 gives the extended ones, e.g. SQLITE_IOERR_WRITE). */
function fromSqlite(code: string, message: string): StoreFault | undefined {
  if (code === "SQLITE_FULL") return full("the database is full");
  if (code.startsWith("SQLITE_READONLY")) return unavailable("the database file is read-only");
  if (code.startsWith("SQLITE_IOERR")) return unavailable("the database file cannot be written");
  if (code.startsWith("SQLITE_CANTOPEN")) return unavailable("the database file cannot be opened");
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return unavailable("the database is locked by another connection");
  }
  if (code === "SQLITE_ERROR" && /database connection is not open/.test(message)) {
    return unavailable("the database is closed");
  }
  return undefined;
}

/** PostgreSQL SQLSTATE classes and codes that mean the server, not the statement, is at fault. */
function fromPostgres(code: string): StoreFault | undefined {
  if (code === "53100") return full("the database server's disk is full");
  if (code.startsWith("08")) return unavailable("the connection to the database was lost");
  if (code === "57P01" || code === "57P02" || code === "57P03") {
    return unavailable("the database server is shutting down or restarting");
  }
  if (code.startsWith("53")) return unavailable("the database server is out of resources");
  if (code === "25006") return unavailable("the database is read-only");
  if (code === "57014") return unavailable("a statement took too long and was cancelled");
  return undefined;
}

/** Node's socket errors, and pg's own errors about a connection it no longer has. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
const LOST_CONNECTION =
  /Connection terminated|connection error and is not queryable|Client was closed|not queryable|Query read timeout|Connection ended/i;
/** pg's pool: no connection became free (or could be opened) within its wait. */
const POOL_WAIT = /timeout exceeded when trying to connect/i;

/** Prisma's own codes for an unreachable server or a timeout. */
const PRISMA_CODES: Record<string, string> = {
  P1001: "the database server cannot be reached",
  P1002: "the database server did not answer in time",
  P1008: "the database did not answer in time",
  P1017: "the database server closed the connection",
  P2037: "the database server has too many connections",
};
/** ... and for a request that waited too long for its turn: the store is busy, not broken. */
const PRISMA_BUSY: Record<string, string> = {
  P2024: "the database is busy: no connection became free in time",
  P2028: "the database is busy: the write could not start or finish in time",
};

/** The errors to look at: the error, what it wraps, and what Prisma keeps of a driver error. */
function* layers(err: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  for (let e = err; e && typeof e === "object" && !seen.has(e);) {
    seen.add(e);
    const o = e as Record<string, unknown>;
    yield o;
    const driver = (o.meta as { driverAdapterError?: { cause?: unknown } } | undefined)
      ?.driverAdapterError;
    if (driver?.cause && typeof driver.cause === "object")
      yield driver.cause as Record<string, unknown>;
    e = o.cause;
  }
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The storage fault behind `err`, or undefined when it is another kind of error. */
export function storageFault(err: unknown): StoreFault | undefined {
  for (const e of layers(err)) {
    if (e instanceof StoreFault) return e;
    const code = str(e.code);
    const reason = str((e.meta as { reason?: unknown } | undefined)?.reason);
    if ((code === "STORAGE_FULL" || code === "UNAVAILABLE") && reason) {
      const wasBusy = (e.meta as { busy?: unknown }).busy === true;
      return new StoreFault(code, reason, { busy: wasBusy });
    }
    // A driver error as Prisma's adapters describe it: the driver's own code, or its kind.
    const original = str(e.originalCode) || (e.kind === "postgres" ? code : "");
    const message = str(e.originalMessage) || str(e.message);
    if (original.startsWith("SQLITE_")) return fromSqlite(original, message);
    if (/^[0-9A-Z]{5}$/.test(original)) {
      const fault = fromPostgres(original);
      if (fault) return fault;
    }
    if (code.startsWith("SQLITE_")) return fromSqlite(code, message);
    if (e.kind === "DatabaseNotReachable") return unavailable(PRISMA_CODES.P1001!);
    if (e.kind === "ConnectionClosed") return unavailable(PRISMA_CODES.P1017!);
    if (e.kind === "SocketTimeout") return unavailable(PRISMA_CODES.P1008!);
    if (e.kind === "TooManyConnections") return unavailable(PRISMA_CODES.P2037!);
    if (PRISMA_CODES[code]) return unavailable(PRISMA_CODES[code]!);
    if (PRISMA_BUSY[code]) return busy(PRISMA_BUSY[code]!);
    if (SOCKET_CODES.has(code)) return unavailable("the database server cannot be reached");
    if (typeof e.severity === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      const fault = fromPostgres(code);
      if (fault) return fault;
    }
    if (POOL_WAIT.test(str(e.message))) return busy(PRISMA_BUSY.P2024!);
    if (LOST_CONNECTION.test(str(e.message))) {
      return unavailable("the connection to the database was lost");
    }
  }
  return undefined;
}

/** `err` as a StoreFault when it is one (its cause kept for the logs), else `err` itself. */
export function asFault(err: unknown): unknown {
  const fault = storageFault(err);
  if (!fault || fault === err) return err;
  return new StoreFault(fault.code, fault.reason, { cause: err, busy: fault.busy });
}
