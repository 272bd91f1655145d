import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config.js";
import { openDb } from "../src/db/client.js";
import { runAs } from "../src/graph/actor.js";
import { startServices } from "../src/graph/services.js";
import { JSON_FORMAT } from "../src/io/export/json.js";
import { runImport } from "../src/io/import/index.js";
import {
  HEAP_MB,
  SIZES,
  type Size,
  type SyntheticGraph,
  TYPES,
  buildSqlite,
  generate,
} from "./graph.js";

/** Most relations in one import file: V8's longest string (~512 MB) bounds one JSON document. */
const RELATIONS_PER_FILE = 1_000_000;

/**
 * The synthetic graph in the project's JSON import format (what `kg export --format json`
 * writes): one document, or for graphs too large for one string, several (the concepts and
 * types, then the relations in parts), imported one after the other.
 */
export function toImportJsons(g: SyntheticGraph): string[] {
  if (g.edges.length <= RELATIONS_PER_FILE) return [toImportJson(g, 0, g.edges.length)];
  const docs = [toImportJson(g, 0, 0)];
  for (let from = 0; from < g.edges.length; from += RELATIONS_PER_FILE) {
    docs.push(toImportJson(g, from, Math.min(g.edges.length, from + RELATIONS_PER_FILE), false));
  }
  return docs;
}

function toImportJson(g: SyntheticGraph, from: number, to: number, concepts = true): string {
  const doc = {
    format: JSON_FORMAT.name,
    version: JSON_FORMAT.version,
    sources: [],
    relationTypes: TYPES.map((t) => ({
      ...t,
      description: "",
      sourceKinds: null,
      targetKinds: null,
      symmetric: false,
    })),
    concepts: Array.from({ length: concepts ? g.n : 0 }, (_, i) => ({
      slug: g.slug(i),
      name: g.name(i),
      kind: g.kind(i),
      summary: g.summary(i),
      description: "",
      docsUrl: null,
      tags: [],
      aliases: [],
      sources: [],
    })),
    relations: g.edges.slice(from, to).map(([s, ty, t]) => ({
      source: g.slug(s),
      type: TYPES[ty]!.key,
      target: g.slug(t),
      description: null,
      sources: [],
    })),
    notes: [],
  };
  return JSON.stringify(doc);
}

/**
 * Times the import path users have on `g`: writes it as a JSON import file, opens a fresh
 * migrated SQLite database at `file` the way `kg import` does locally, and times `runImport`
 * (parsing included) as the CLI's admin actor. Records = concepts + relations (+ relation types).
 */
export async function measureImport(file: string, g: SyntheticGraph) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-import-"));
  const files = toImportJsons(g).map((doc, i) => {
    const json = path.join(dir, `graph-${i}.json`);
    fs.writeFileSync(json, doc);
    return json;
  });
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: `file:${path.resolve(file)}`,
    LOG_LEVEL: "silent",
    IMPORT_TIMEOUT_MS: "600000",
  });
  const db = await openDb(config);
  try {
    const services = await startServices(db.prisma, config, db.search);
    let seconds = 0;
    let records = 0;
    for (const json of files) {
      const content = fs.readFileSync(json, "utf8");
      const started = performance.now();
      const report = await runAs({ name: "cli", role: "admin" }, () =>
        runImport(services, { format: "json", content, source: `file://${json}` }),
      );
      seconds += (performance.now() - started) / 1000;
      records += report.created + report.updated + report.unchanged;
    }
    if (services.index.conceptCount !== g.n || services.index.relationCount !== g.edges.length) {
      throw new Error("the read index does not hold every imported record");
    }
    return { records, seconds, recordsPerSecond: records / seconds };
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one side of the comparison in this process and prints its result as JSON. */
async function measureOne(size: Size, side: "raw" | "import") {
  const work = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "bench");
  const g = generate(size);
  const result =
    side === "raw"
      ? await buildSqlite(path.join(work, `raw-${size}.db`), g)
      : await measureImport(path.join(work, `import-${size}.db`), g);
  console.log(JSON.stringify(result));
}

/**
 * One side of the comparison in a fresh process (`raw` better-sqlite3 inserts, or `import`, the
 * `kg import` path), so that neither inherits the other's heap and garbage.
 */
export function measureInChild(size: Size, side: "raw" | "import"): Record<string, number> {
  const file = fileURLToPath(import.meta.url);
  const heap = HEAP_MB[size] ? [`--max-old-space-size=${HEAP_MB[size]}`] : [];
  const out = execFileSync(process.execPath, [...heap, "--import", "tsx", file, size, side], {
    cwd: path.resolve(path.dirname(file), ".."),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number>;
}

// Alone: node --import tsx bench/import.ts [S|L]. Each side runs in a fresh process, so neither
// inherits the other's heap and garbage (in one process, whichever runs second is ~20% slower).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const size = (process.argv[2] ?? "L") as Size;
  if (!(size in SIZES)) throw new Error(`size is one of ${Object.keys(SIZES).join(", ")}`);
  const side = process.argv[3];
  if (side === "raw" || side === "import") {
    await measureOne(size, side);
  } else {
    const run = (s: "raw" | "import") => measureInChild(size, s);
    const loadBefore = os.loadavg()[0]!;
    const raw = run("raw");
    const imp = run("import");
    const ratio = imp.recordsPerSecond! / raw.rowsPerSecond!;
    const load = [loadBefore, ...os.loadavg()].map((x) => x.toFixed(2));
    console.log(`load average: ${load[0]} before, ${load.slice(1).join(" ")} after (1/5/15 min)`);
    console.log(
      `raw better-sqlite3: ${raw.rows} rows in ${raw.seconds!.toFixed(2)} s = ${Math.round(raw.rowsPerSecond!)} rows/s`,
    );
    console.log(
      `kg import (${size}): ${imp.records} records in ${imp.seconds!.toFixed(2)} s = ${Math.round(imp.recordsPerSecond!)} records/s`,
    );
    console.log(`ratio: ${ratio.toFixed(2)} (target >= 0.5)`);
  }
}
