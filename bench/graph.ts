import fs from "node:fs";
import path from "node:path";
import { migrateSqlite } from "../src/db/sqlite.js";
import { foldKey } from "../src/graph/validation.js";
import { type SqliteDb, betterSqlite3 } from "./peers.js";

/** Sizes of the synthetic graphs: concepts and relations. */
export const SIZES = {
  S: { concepts: 1_000, relations: 5_000 },
  L: { concepts: 100_000, relations: 500_000 },
  XL: { concepts: 1_000_000, relations: 5_000_000 },
} as const;

/**
 * The V8 heap limit (MB) a process of the app gets on a size: Node's default (about 4 GB here)
 * holds L's read index, not XL's.
 */
export const HEAP_MB: Partial<Record<Size | "seed", number>> = { XL: 12_288 };
export type Size = keyof typeof SIZES;

export const TYPES = [
  { key: "uses", label: "uses", inverseLabel: "used by" },
  { key: "part-of", label: "part of", inverseLabel: "has part" },
  { key: "manages", label: "manages", inverseLabel: "managed by" },
  { key: "runs-on", label: "runs on", inverseLabel: "hosts" },
  { key: "talks-to", label: "talks to", inverseLabel: "talked to by" },
  { key: "exposes", label: "exposes", inverseLabel: "exposed by" },
];
const KINDS = ["component", "resource", "concept", "plugin", "tool", "protocol"];
export const WORDS = (
  "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa " +
  "quebec romeo sierra tango uniform victor whiskey xray yankee zulu scheduler controller storage " +
  "network volume gateway ingress daemon replica cluster"
).split(" ");

/** A small deterministic PRNG (mulberry32), so every run builds the same graph. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticGraph {
  n: number;
  /** [sourceIndex, typeIndex, targetIndex] */
  edges: [number, number, number][];
  slug(i: number): string;
  name(i: number): string;
  kind(i: number): string;
  summary(i: number): string;
}

/** A graph with skewed degrees: targets favour low indexes (hubs), sources are uniform. */
export function generate(size: Size, seed = 42): SyntheticGraph {
  const { concepts: n, relations: m } = SIZES[size];
  const rand = rng(seed);
  const seen = new Set<string>();
  const edges: [number, number, number][] = [];
  while (edges.length < m) {
    const s = Math.floor(rand() * n);
    const t = Math.floor(n * rand() ** 3);
    const ty = Math.floor(rand() * TYPES.length);
    const key = `${s}|${ty}|${t}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    edges.push([s, ty, t]);
  }
  // Words picked by a hash of the index: about 35^2 name pairs, so a name search is selective.
  const word = (i: number, k: number) =>
    WORDS[(Math.imul(i + 1, 2654435761) >>> (k * 5)) % WORDS.length]!;
  return {
    n,
    edges,
    slug: (i) => `c-${i}`,
    name: (i) => `${word(i, 0)} ${word(i, 1)} ${i}`,
    kind: (i) => KINDS[i % KINDS.length]!,
    summary: (i) =>
      `Synthetic concept ${i}: a ${word(i, 2)} ${word(i, 3)} that works with ${word(i, 4)}.`,
  };
}

/**
 * Builds a fresh SQLite file with the app's migrations and the graph, inserted with raw
 * better-sqlite3 statements in one transaction; returns the insert rate in rows per second.
 */
export async function buildSqlite(file: string, g: SyntheticGraph) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await migrateSqlite(file);
  const Database = betterSqlite3();
  const db: SqliteDb = new Database(file);
  db.pragma("journal_mode = WAL");
  const now = new Date().toISOString();
  const started = performance.now();
  const insertType = db.prepare(
    `INSERT INTO "RelationType" (key, label, inverseLabel, description, symmetric, createdAt, updatedAt) VALUES (?, ?, ?, '', 0, ?, ?)`,
  );
  const insertConcept = db.prepare(
    `INSERT INTO "Concept" (id, slug, name, nameKey, kind, summary, description, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, '', 1, ?, ?)`,
  );
  const insertRelation = db.prepare(
    `INSERT INTO "Relation" (sourceId, typeKey, targetId, version, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?)`,
  );
  db.transaction(() => {
    for (const t of TYPES) insertType.run(t.key, t.label, t.inverseLabel, now, now);
    for (let i = 0; i < g.n; i++) {
      const name = g.name(i);
      insertConcept.run(i + 1, g.slug(i), name, foldKey(name), g.kind(i), g.summary(i), now, now);
    }
    for (const [s, ty, t] of g.edges) insertRelation.run(s + 1, TYPES[ty]!.key, t + 1, now, now);
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { rows: g.n + g.edges.length, seconds, rowsPerSecond: (g.n + g.edges.length) / seconds };
}

/** Writes the graph as CSV files for PostgreSQL's COPY. */
export function writeCsv(dir: string, g: SyntheticGraph) {
  fs.mkdirSync(dir, { recursive: true });
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const concepts: string[] = [];
  for (let i = 0; i < g.n; i++) {
    concepts.push([i + 1, g.slug(i), q(g.name(i)), g.kind(i), q(g.summary(i))].join(","));
  }
  fs.writeFileSync(path.join(dir, "concepts.csv"), `${concepts.join("\n")}\n`);
  fs.writeFileSync(
    path.join(dir, "relations.csv"),
    `${g.edges.map(([s, ty, t], i) => [i + 1, s + 1, TYPES[ty]!.key, t + 1].join(",")).join("\n")}\n`,
  );
  fs.writeFileSync(
    path.join(dir, "types.csv"),
    `${TYPES.map((t) => [t.key, q(t.label), q(t.inverseLabel)].join(",")).join("\n")}\n`,
  );
}

/**
 * Writes the graph as CSV files in the column order of the app's own tables ("RelationType",
 * "Concept", "Relation"), for COPY into a migrated PostgreSQL database (bench/postgres.ts). Ids
 * are as in buildSqlite; columns left out take their defaults.
 */
export function writeKgCsv(dir: string, g: SyntheticGraph) {
  fs.mkdirSync(dir, { recursive: true });
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const now = new Date().toISOString();
  const concepts: string[] = [];
  for (let i = 0; i < g.n; i++) {
    const name = g.name(i);
    concepts.push(
      [i + 1, g.slug(i), q(name), q(foldKey(name)), g.kind(i), q(g.summary(i)), now].join(","),
    );
  }
  fs.writeFileSync(path.join(dir, "Concept.csv"), `${concepts.join("\n")}\n`);
  fs.writeFileSync(
    path.join(dir, "Relation.csv"),
    `${g.edges.map(([s, ty, t], i) => [i + 1, s + 1, TYPES[ty]!.key, t + 1, now].join(",")).join("\n")}\n`,
  );
  fs.writeFileSync(
    path.join(dir, "RelationType.csv"),
    `${TYPES.map((t) => [t.key, q(t.label), q(t.inverseLabel), now].join(",")).join("\n")}\n`,
  );
}

/** The columns of each CSV file of writeKgCsv, in order (for COPY's column list). */
export const KG_CSV_COLUMNS = {
  RelationType: ["key", "label", "inverseLabel", "updatedAt"],
  Concept: ["id", "slug", "name", "nameKey", "kind", "summary", "updatedAt"],
  Relation: ["id", "sourceId", "typeKey", "targetId", "updatedAt"],
} as const;
