import type { Cluster } from "./team-cluster.js";
import { CONCEPT, CREATE_CONCEPT, conceptInput, gql, mustWrite } from "./team-util.js";
import { type Stats, stats } from "./stats.js";

/** How long a write through A takes to show through B, and whether KG-Read-After holds. */
export interface StalenessResult {
  writes: number;
  /** B's in-memory read index (GraphQL `concept(slug)`), from A's response. */
  index: Stats & { not_seen: number };
  /** B's database reads, served by the hot standby (REST concept history), from A's response. */
  replica: Stats & { not_seen: number };
  /** Reads through B sent at once with `KG-Read-After: <A's KG-Change-Id>`. */
  read_after: { reads: number; misses: number; unavailable: number };
}

/** Longest wait for a write to show before it counts as not seen. */
const GIVE_UP_MS = 5_000;

/** Polls `seen` back to back; the time from `since` to the answer that first shows the write. */
async function timeToSee(seen: () => Promise<boolean>, since: number): Promise<number | null> {
  for (;;) {
    const ok = await seen().catch(() => false);
    const at = performance.now() - since;
    if (ok) return at;
    if (at > GIVE_UP_MS) return null;
  }
}

async function inIndex(base: string, slug: string, headers?: Record<string, string>) {
  const r = await gql(base, CONCEPT, { slug }, headers);
  if (r.status === 503) return "unavailable";
  return (r.data?.concept as { slug?: string } | null)?.slug === slug;
}

async function inHistory(base: string, slug: string, headers?: Record<string, string>) {
  const res = await fetch(`${base}/api/v1/concepts/${slug}/history?first=1`, { headers });
  if (res.status === 503) return "unavailable";
  if (res.status === 404) return false;
  const body = (await res.json()) as { items?: { node?: { op?: string } }[] };
  return (body.items?.length ?? 0) > 0;
}

/** `writes` new concepts through A, one after the other; each polled for through B. */
export async function staleness(c: Cluster, writes: number, run: string): Promise<StalenessResult> {
  const index: number[] = [];
  const replica: number[] = [];
  const notSeen = { index: 0, replica: 0 };
  const readAfter = { reads: 0, misses: 0, unavailable: 0 };
  for (let i = 0; i < writes; i++) {
    const slug = `team-stale-${run}-${i}`;
    const changeId = await mustWrite(c.a, c.key, CREATE_CONCEPT, { input: conceptInput(slug) });
    const since = performance.now();
    const after = { "kg-read-after": changeId };
    const [fromIndex, fromReplica, checks] = await Promise.all([
      timeToSee(async () => (await inIndex(c.b, slug)) === true, since),
      timeToSee(async () => (await inHistory(c.b, slug)) === true, since),
      Promise.all([inIndex(c.b, slug, after), inHistory(c.b, slug, after)]),
    ]);
    if (fromIndex === null) notSeen.index++;
    else index.push(fromIndex);
    if (fromReplica === null) notSeen.replica++;
    else replica.push(fromReplica);
    for (const check of checks) {
      readAfter.reads++;
      if (check === "unavailable") readAfter.unavailable++;
      else if (!check) readAfter.misses++;
    }
  }
  return {
    writes,
    index: { ...stats(index), not_seen: notSeen.index },
    replica: { ...stats(replica), not_seen: notSeen.replica },
    read_after: readAfter,
  };
}
