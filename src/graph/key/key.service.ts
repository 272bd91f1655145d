import { createHash, randomBytes } from "node:crypto";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors.js";
import { type Actor, type Role, currentActor } from "../actor.js";
import { authorize } from "../authorize.js";
import type { Tx } from "../db-types.js";
import type { UnitOfWork } from "../unit-of-work.js";
import { checkNoSecret } from "../validation.js";

export const ROLES: readonly Role[] = ["reader", "editor", "admin"];

/** An API key as lists show it: never its secret nor its hash. */
export interface ApiKey {
  id: number;
  name: string;
  role: Role;
  /** The first characters of the secret, to tell keys apart. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A new key and its secret: the only time the secret is ever shown. */
export interface CreatedApiKey {
  key: ApiKey;
  secret: string;
}

export interface ApiKeyInput {
  name: string;
  role: string;
}

/** What every secret starts with, so that a leaked one is easy to recognise and grep for. */
export const KEY_PREFIX = "kg_";
const SECRET_LENGTH = 40;
const PREFIX_LENGTH = KEY_PREFIX.length + 6;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const SECRET_RE = new RegExp(`^${KEY_PREFIX}[0-9A-Za-z]{${SECRET_LENGTH}}$`);
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** lastUsedAt is written at most this often per key, so reads do not each cost a write. */
const LAST_USED_EVERY_MS = 60_000;

/** A fresh secret: `kg_` and 40 base62 characters (about 238 random bits). */
function newSecret(): string {
  let out = KEY_PREFIX;
  while (out.length < KEY_PREFIX.length + SECRET_LENGTH) {
    for (const b of randomBytes(64)) {
      // 248 = 4 * 62: dropping larger bytes keeps every character equally likely.
      if (b < 248 && out.length < KEY_PREFIX.length + SECRET_LENGTH) out += BASE62[b % 62];
    }
  }
  return out;
}

const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");

type Row = Awaited<ReturnType<Tx["apiKey"]["findUniqueOrThrow"]>>;

const toApiKey = (r: Row): ApiKey => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  prefix: r.prefix,
  createdAt: r.createdAt,
  lastUsedAt: r.lastUsedAt,
  revokedAt: r.revokedAt,
});

/** The outcome of presenting a secret: the actor it stands for, or why it is refused. */
export type KeyCheck = { actor: Actor } | { refused: "malformed" | "unknown" | "revoked" };

/** API keys: stored as a SHA-256 hash and a short prefix; the secret is shown once at creation. */
export class KeyService {
  private readonly revokedListeners = new Set<(keyId: number) => void>();

  constructor(private readonly work: UnitOfWork) {}

  /** Reads: inside a write, its transaction; else the client. */
  private get prisma(): Tx {
    return this.work.db;
  }

  /** Calls `listener` with the id of every key revoked through this process; returns an unsubscribe function. */
  onRevoked(listener: (keyId: number) => void): () => void {
    this.revokedListeners.add(listener);
    return () => this.revokedListeners.delete(listener);
  }

  /** Which of these key ids are revoked (by any process sharing the database). */
  async revokedAmong(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.apiKey.findMany({
      where: { id: { in: ids }, revokedAt: { not: null } },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Creates a key with a role (reader, editor or admin); the answer holds its secret, shown only this once. */
  async create(input: ApiKeyInput): Promise<CreatedApiKey> {
    authorize("admin");
    const name = input.name.trim();
    checkNoSecret("input.name", name);
    if (!NAME_RE.test(name)) {
      throw new BadUserInputError(
        "input.name",
        "must be 1 to 64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit",
      );
    }
    if (!ROLES.includes(input.role as Role)) {
      throw new BadUserInputError("input.role", `must be one of ${ROLES.join(", ")}`);
    }
    const secret = newSecret();
    const row = await this.work.write("admin", async ({ tx }) => {
      if (await tx.apiKey.findUnique({ where: { name } })) {
        throw new ConflictError("input.name", `An API key named "${name}" already exists`);
      }
      return tx.apiKey.create({
        data: {
          name,
          role: input.role,
          prefix: secret.slice(0, PREFIX_LENGTH),
          hash: hashOf(secret),
        },
      });
    });
    return { key: toApiKey(row), secret };
  }

  /** Every key, revoked ones included, by name. */
  async list(): Promise<ApiKey[]> {
    authorize("admin");
    const rows = await this.prisma.apiKey.findMany({ orderBy: { name: "asc" } });
    return rows.map(toApiKey);
  }

  /** Revokes a key: from now on it is refused. Revoking a revoked key changes nothing. */
  async revoke(name: string): Promise<ApiKey> {
    authorize("admin");
    const row = await this.work.write("admin", async ({ tx }) => {
      const current = await tx.apiKey.findUnique({ where: { name } });
      if (!current) throw new NotFoundError("name", `No API key named "${name}"`);
      if (current.revokedAt) return current;
      return tx.apiKey.update({ where: { id: current.id }, data: { revokedAt: new Date() } });
    });
    for (const listener of this.revokedListeners) listener(row.id);
    return toApiKey(row);
  }

  /** The actor of the current request (its key's name and role), never its key id. */
  whoami(): { name: string; role: Role | null } {
    const { name, role } = currentActor();
    return { name, role };
  }

  /**
   * Checks a presented secret. Looked up by its hash on every call (one indexed read), so a
   * revoke takes effect at once, in every process sharing the database.
   */
  async authenticate(secret: string): Promise<KeyCheck> {
    if (!SECRET_RE.test(secret)) return { refused: "malformed" };
    const row = await this.prisma.apiKey.findUnique({ where: { hash: hashOf(secret) } });
    if (!row) return { refused: "unknown" };
    if (row.revokedAt) return { refused: "revoked" };
    const now = Date.now();
    if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
      // Bookkeeping only: never refuse a request because of it, nor make it wait (on SQLite the
      // write waits for the writer, which a long import may hold).
      void this.prisma.apiKey
        .update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } })
        .catch(() => {});
    }
    return { actor: { name: row.name, role: row.role as Role, keyId: row.id } };
  }
}
