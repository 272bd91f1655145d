import { StartupError } from "../fatal.js";
import { type RawSqlite, openRawConnection } from "./sqlite-raw.js";

/** Where the lock of the SQLite database `file` is held. */
export const lockFileOf = (file: string) => `${file}.lock`;

/**
 * One process at a time per SQLite file. Each process keeps its own in-memory read index, so a
 * second server (or a `kg` command writing the graph) on the same file would silently diverge
 * from the first; instead it refuses to start.
 *
 * The lock is SQLite's own: an exclusive transaction held open on a small side file
 * (`<file>.lock`, empty, its journal kept in memory) by a connection that lives as long as the
 * process. It is a POSIX record lock, so the kernel drops it when the process ends however it
 * ends: a `kill -9` leaves no stale lock behind. Within one process a second holder is refused too
 * (SQLite tracks its own locks per file).
 */
export class SqliteFileLock {
  private constructor(private connection: RawSqlite | null) {}

  /** Takes the lock of `file`, or returns null when another process (or connection) holds it. */
  static tryAcquire(file: string): SqliteFileLock | null {
    const connection = openRawConnection(lockFileOf(file));
    try {
      connection.prepare("PRAGMA journal_mode = MEMORY").get();
      connection.prepare("BEGIN EXCLUSIVE").run();
      return new SqliteFileLock(connection);
    } catch (err) {
      connection.close();
      if (/SQLITE_BUSY|SQLITE_LOCKED/.test(String((err as { code?: unknown }).code))) return null;
      throw err;
    }
  }

  /** Takes the lock of `file`, or fails with the one line an operator needs. */
  static acquire(file: string): SqliteFileLock {
    const lock = SqliteFileLock.tryAcquire(file);
    if (lock) return lock;
    throw new StartupError(
      `the SQLite database ${file} is in use by another kg process (a server or a kg command holds ${lockFileOf(file)}): stop it, or use another database; kg commands can go through a running server with --url`,
      "DATABASE_URL",
    );
  }

  /** Lets the next process in. */
  release(): void {
    this.connection?.close();
    this.connection = null;
  }
}
