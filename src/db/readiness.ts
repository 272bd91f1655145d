import fs from "node:fs";
import type { Db } from "./db.js";
import { storageFault } from "./faults.js";
import { migrationsDir } from "./migrate.js";

export type Readiness = { ready: true } | { ready: false; reason: string };

/** Longest wait for the database before it counts as unreachable. */
const TIMEOUT_MS = 2000;

/**
 * Whether writes can be committed (StoreHealth), the database answers a trivial query, and every
 * migration in the migrations folder has been applied.
 */
export async function checkReadiness(
  db: Db,
  dir: string = migrationsDir(db.provider),
): Promise<Readiness> {
  const prisma = db.prisma;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    const failure = await Promise.race([db.health.check(), timeout]);
    if (failure) {
      const what = failure.code === "STORAGE_FULL" ? "storage full" : "cannot write";
      return {
        ready: false,
        reason: `${what}: ${failure.reason} (since ${failure.since.toISOString()})`,
      };
    }
    const rows = await Promise.race([
      prisma.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      timeout,
    ]);
    const applied = new Set(rows.map((r) => String(r.migration_name)));
    const wanted = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const pending = wanted.filter((name) => !applied.has(name));
    if (pending.length > 0) {
      return { ready: false, reason: `migrations pending: ${pending.sort().join(", ")}` };
    }
    return { ready: true };
  } catch (err) {
    // The message of a driver error may hold a host name: say only what kind of failure it was.
    const fault = storageFault(err);
    const kind = fault
      ? fault.reason
      : err instanceof Error && err.message.startsWith("no answer")
        ? err.message
        : "error";
    return { ready: false, reason: `database unreachable (${kind})` };
  } finally {
    clearTimeout(timer);
  }
}
