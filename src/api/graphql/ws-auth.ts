import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import type { Config } from "../../config.js";
import { AppError, RateLimitedError, fromStorageError } from "../../errors.js";
import type { Actor } from "../../graph/actor.js";
import type { KeyService } from "../../graph/key/key.service.js";
import type { Guard } from "../auth.js";
import { WS_CLOSE as CLOSE } from "../errors.js";

/** How often keys held by open connections are checked for revocation by other processes. */
const REVOCATION_SWEEP_MS = 500;

/** The Authorization a subscriber presents: `connectionParams.authorization` (or `Authorization`), else the upgrade request's header. */
export function authorizationOf(
  params: Readonly<Record<string, unknown>> | undefined,
  request: IncomingMessage,
): string | null {
  const value = params?.authorization ?? params?.Authorization ?? request.headers.authorization;
  return typeof value === "string" ? value : null;
}

const addressOf = (request: IncomingMessage) => request.socket.remoteAddress ?? "unknown";

/**
 * Who may hold a WebSocket connection, and for how long: the same guard as HTTP requests decides
 * (keys, rate limits, throttled wrong keys); connections are capped per address and per key;
 * a revoked key's connections are closed within a second, whichever replica revoked it.
 */
export class SocketAdmission {
  private readonly byAddress = new Map<string, number>();
  private readonly byKey = new Map<number, Set<WebSocket>>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly guard: Guard,
    private readonly keys: KeyService,
    private readonly config: Config,
  ) {
    this.unsubscribe = keys.onRevoked((id) => this.closeKey(id));
    this.timer = setInterval(() => void this.sweep(), REVOCATION_SWEEP_MS).unref();
  }

  /** Why an upgrade from this request must be refused (an HTTP status line), or null to accept it. */
  refuseUpgrade(request: IncomingMessage): string | null {
    const held = this.byAddress.get(addressOf(request)) ?? 0;
    return held >= this.config.wsMaxConnectionsPerAddress ? "429 Too Many Requests" : null;
  }

  /** Counts an accepted connection against its address until it closes. */
  opened(socket: WebSocket, request: IncomingMessage): void {
    const address = addressOf(request);
    this.byAddress.set(address, (this.byAddress.get(address) ?? 0) + 1);
    socket.once("close", () => {
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    });
  }

  /** The actor of a connection_init, or null after closing the socket with the reason. */
  async admit(
    socket: WebSocket,
    request: IncomingMessage,
    params: Readonly<Record<string, unknown>> | undefined,
  ): Promise<Actor | null> {
    const who = await this.guard
      .admit(authorizationOf(params, request), addressOf(request))
      .catch((err: unknown) => fromStorageError(err) ?? Promise.reject(err));
    if (
      who instanceof AppError &&
      !(who instanceof RateLimitedError) &&
      who.code !== "UNAUTHENTICATED"
    ) {
      // The key could not be checked (the database is away): try again later (RFC 6455's 1013).
      socket.close(CLOSE.tryAgainLater, who.message.slice(0, 120));
      return null;
    }
    if (who instanceof AppError) {
      const code = who instanceof RateLimitedError ? CLOSE.tooMany : CLOSE.forbidden;
      socket.close(code, who.message.slice(0, 120));
      return null;
    }
    if (who.keyId !== undefined) {
      const held = this.byKey.get(who.keyId) ?? new Set();
      if (held.size >= this.config.wsMaxConnectionsPerKey) {
        socket.close(CLOSE.tooMany, "Too many connections for this API key");
        return null;
      }
      held.add(socket);
      this.byKey.set(who.keyId, held);
      const keyId = who.keyId;
      socket.once("close", () => {
        held.delete(socket);
        if (held.size === 0 && this.byKey.get(keyId) === held) this.byKey.delete(keyId);
      });
    }
    return who;
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe();
  }

  private closeKey(keyId: number): void {
    for (const socket of this.byKey.get(keyId) ?? []) {
      socket.close(CLOSE.forbidden, "The API key has been revoked");
    }
  }

  /** Closes the connections of keys revoked elsewhere (another replica, the CLI). */
  private async sweep(): Promise<void> {
    if (this.byKey.size === 0) return;
    try {
      for (const id of await this.keys.revokedAmong([...this.byKey.keys()])) this.closeKey(id);
    } catch {
      // The database is away: the next sweep tries again; no new connection is admitted meanwhile.
    }
  }
}
