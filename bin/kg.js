#!/usr/bin/env node
// The `kg` command. It runs the compiled CLI (dist/, made by `npm run build`, which `npm install`
// runs) when that build is newer than every source file; otherwise the TypeScript itself through
// tsx, so an edited checkout never runs stale code (it only starts slower).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const built = path.join(root, "dist/src/cli/kg.js");

/** The newest modification time of the files under `dir` (0 when it is missing). */
function newest(dir) {
  let max = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

function fresh() {
  let builtAt;
  try {
    builtAt = fs.statSync(built).mtimeMs;
  } catch {
    return false;
  }
  return ["src", "seed"].every((dir) => newest(path.join(root, dir)) <= builtAt);
}

if (fresh()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.join(root, "tsconfig.json") });
  await import(pathToFileURL(path.join(root, "src/cli/kg.ts")).href);
}
