// Tools that break a real database under a running app, then mend it: no mocks.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect } from "vitest";
import { PG_ADMIN_URL } from "./helpers.js";

/** Resolves with `promise`, or rejects when it takes longer than `ms`: a "never a hang" bound, not a speed test. */
export function withinBound<T>(promise: Promise<T>, what: string, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms (a hang)`)), ms);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/** Polls `check` until it returns true (or throws after `ms`). */
export async function eventually(check: () => Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---------- SQLite ----------

type RawDb = {
  exec(sql: string): void;
  prepare(sql: string): { get(...a: unknown[]): unknown };
  close(): void;
};
const Database = createRequire(import.meta.url)("better-sqlite3") as new (
  file: string,
  opts?: { timeout?: number },
) => RawDb;

/** Another connection to the SQLite file that holds its write lock (`BEGIN IMMEDIATE`) until released. */
export function holdWriteLock(file: string): { release(): void } {
  const db = new Database(file, { timeout: 0 });
  db.exec("BEGIN IMMEDIATE");
  return {
    release() {
      db.exec("ROLLBACK");
      db.close();
    },
  };
}

/** SQLite's own check of the whole file: "ok" when intact. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { timeout: 5000 });
  try {
    return String(
      (db.prepare("PRAGMA integrity_check").get() as Record<string, unknown>).integrity_check,
    );
  } finally {
    db.close();
  }
}

/** Whether `chattr +i` works here (root with CAP_LINUX_IMMUTABLE on a file system that has it). */
export const canMakeImmutable = (() => {
  const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kg-chattr-")), "probe");
  fs.writeFileSync(probe, "x");
  try {
    execFileSync("chattr", ["+i", probe], { stdio: "ignore" });
    execFileSync("chattr", ["-i", probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(path.dirname(probe), { recursive: true, force: true });
  }
})();

/**
 * Makes the SQLite file and its write-ahead log immutable (`chattr +i`): every write to them fails,
 * through connections already open too, as on a file system remounted read-only. (`chmod` would
 * not: it is checked only when a file is opened, and root ignores it.) The shared-memory file is
 * left alone: it is mapped into memory, and a write to an immutable mapping kills the process.
 */
export function makeImmutable(file: string): { undo(): void } {
  const files = [file, `${file}-wal`].filter((f) => fs.existsSync(f));
  execFileSync("chattr", ["+i", ...files]);
  const undo = () => {
    if (immutable.delete(undo)) execFileSync("chattr", ["-i", ...files]);
  };
  immutable.add(undo);
  return { undo };
}

const immutable = new Set<() => void>();

/** Makes writable again whatever a test left immutable (call from afterEach: a timed-out test skips its finally). */
export function undoImmutable(): void {
  for (const undo of [...immutable]) undo();
}

// ---------- PostgreSQL ----------

/** Terminates every backend of the database in `url` (as a restart or a failover would). */
export async function terminateBackends(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [new URL(url).pathname.slice(1)],
    );
    return rows.length;
  } finally {
    await admin.end();
  }
}

/**
 * A TCP proxy between the app and PostgreSQL: `cut()` drops every connection and refuses new ones
 * (the server is unreachable, or restarting); `restore()` accepts again on the same port.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly target: { host: string; port: number } = { host: "127.0.0.1", port: 5432 },
  ) {}

  /** The URL of `url`'s database through this proxy. */
  url(url: string): string {
    const u = new URL(url);
    u.hostname = "127.0.0.1";
    u.port = String(this.port);
    return u.toString();
  }

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  restore(): Promise<void> {
    return this.start();
  }

  close(): Promise<void> {
    return this.cut();
  }
}

// ---------- processes ----------

const ROOT = path.resolve(import.meta.dirname, "..");
export const KG = path.join(ROOT, "bin/kg.js");

export interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs node with `args` (from the repository) until it exits; never throws. */
export function runNode(args: string[], env: Record<string, string>, cwd = ROOT): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, env: { ...process.env, ...env }, timeout: 90_000, maxBuffer: 1 << 24 },
      (err, stdout, stderr) =>
        resolve({
          code: err ? Number((err as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

/** `npm start` as it runs it (src/main.ts through tsx), until it exits. */
export const runMain = (env: Record<string, string>) =>
  runNode(["--import", "tsx", "src/main.ts"], {
    PORT: "0",
    HOST: "127.0.0.1",
    SEED_ON_START: "false",
    ...env,
  });

/** `kg <args>` from `cwd`, until it exits. */
export const runKg = (args: string[], env: Record<string, string> = {}, cwd = ROOT) =>
  runNode([KG, ...args], { DATABASE_URL: "", KG_API_KEY: "", ...env }, cwd);

/** The lines a failed start printed: one clear line, never a stack trace. */
export function fatalLines(out: Exit): string[] {
  return `${out.stdout}${out.stderr}`.split("\n").filter((l) => l.trim() !== "");
}

/** Exited non-zero after one line on stderr matching `pattern` and naming `setting`; no stack anywhere. */
export function expectOneLine(out: Exit, pattern: RegExp, setting: string) {
  const all = `${out.stdout}\n${out.stderr}`;
  expect(out.code, all).not.toBe(0);
  const errors = out.stderr.split("\n").filter((l) => l.trim() !== "");
  expect(errors, all).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
  expect(errors[0]).toContain(`(setting: ${setting})`);
  for (const line of fatalLines(out)) expect(line).not.toMatch(/^\s+at |node_modules|\.ts:\d+/);
}
