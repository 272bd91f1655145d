// The read index's own size: heap used after loading it, less the heap before, per relation.
// Usage: node --expose-gc --import tsx bench/index-size.ts [S|L|XL]  (builds data/bench/<size>.db
// when it is missing, as `npm run bench` does).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config.js";
import { openDb } from "../src/db/client.js";
import { startServices } from "../src/graph/services.js";
import { SIZES, type Size, buildSqlite, generate } from "./graph.js";

const size = (process.argv[2] ?? "L") as Size;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = path.join(ROOT, "data", "bench", `${size}.db`);
if (!fs.existsSync(file)) await buildSqlite(file, generate(size));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

const config = loadConfig({
  DATABASE_URL: `file:${file}`,
  SEED_ON_START: "false",
  SEARCH_COMPACT_ON_START: "false",
  LOG_LEVEL: "silent",
});
const db = await openDb(config);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const before = heap();
const started = Date.now();
const services = await startServices(db.prisma, config, db.search);
const loadMs = Date.now() - started;
const after = heap();
const relations = services.index.relationCount;
const bytes = after - before;
console.log(
  JSON.stringify({
    size,
    concepts: services.index.conceptCount,
    relations,
    expected: SIZES[size],
    index_mb: Math.round(bytes / 1e6),
    bytes_per_relation: Math.round(bytes / relations),
    load_ms: loadMs,
    rss_mb: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
await db.close();
