// Errors that stop a start (`npm start`, `kg`): one line for the operator, saying what failed and
// which setting to change, never a stack trace. They go to the console, never to API clients.
import { storageFault } from "./db/faults.js";

/** A start that cannot go on, with the setting (environment variable) that would fix it. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly setting?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StartupError";
  }
}

const ERRNO: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "not permitted",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENOENT: "no such file or folder",
  EEXIST: "a file of that name is in the way",
  ENOSPC: "the disk is full",
  EADDRINUSE: "the port is already in use",
  EADDRNOTAVAIL: "this machine has no such address",
};

/** `err`'s first line, without the "Invalid `prisma.x()` invocation" framing Prisma adds. */
function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const lines = text.split("\n").map((l) => l.trim());
  return lines.find((l) => l !== "" && !/^Invalid `.*` invocation/.test(l)) ?? "unknown error";
}

/** The error from `listen()` (HOST, PORT) as a StartupError, or `err` itself. */
export function listenError(err: unknown, host: string, port: number): unknown {
  const code = (err as { code?: string }).code ?? "";
  const known = ["EADDRINUSE", "EADDRNOTAVAIL", "EACCES"].includes(code);
  if ((err as { syscall?: string }).syscall !== "listen" || !known) return err;
  const setting = code === "EADDRNOTAVAIL" ? "HOST" : "PORT";
  const hint = code === "EACCES" ? " (ports below 1024 need privileges)" : "";
  return new StartupError(`cannot listen on ${host}:${port}: ${ERRNO[code]}${hint}`, setting, {
    cause: err,
  });
}

/** Where a database URL points, for messages: the SQLite file, or PostgreSQL's host, port and database (never a password). */
export function databaseLabel(url: string, file: string | null): string {
  if (file) return `the SQLite database ${file}`;
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

/** An error met while opening or migrating the database as a StartupError naming `setting`. */
export function openError(
  err: unknown,
  url: string,
  file: string | null,
  setting = "DATABASE_URL",
): unknown {
  if (err instanceof StartupError) return err;
  const where = databaseLabel(url, file);
  const e = err as { code?: string; syscall?: string; path?: string };
  if (e.syscall && e.path && e.code && ERRNO[e.code]) {
    const what = e.syscall === "mkdir" ? "create the folder" : "open";
    return new StartupError(`cannot ${what} ${e.path} for ${where}: ${ERRNO[e.code]}`, setting, {
      cause: err,
    });
  }
  const pgReason: Record<string, string> = {
    "28P01": "the server refused the login (wrong user or password)",
    "28000": "the server refused the login",
    "3D000": "the database does not exist (create it first)",
  };
  if (e.code && pgReason[e.code]) {
    return new StartupError(`cannot use ${where}: ${pgReason[e.code]}`, setting, {
      cause: err,
    });
  }
  const fault = storageFault(err);
  if (fault) {
    return new StartupError(`cannot use ${where}: ${fault.reason}`, setting, {
      cause: err,
    });
  }
  return err;
}

/** The one line printed for an error that ends a start. */
export function fatalLine(err: unknown): string {
  if (err instanceof StartupError) {
    return err.setting ? `${err.message} (setting: ${err.setting})` : err.message;
  }
  return `start failed: ${firstLine(err)}`;
}
