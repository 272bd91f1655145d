#!/usr/bin/env node
// Builds the graph explorer's browser app into dist/explorer/ (run by `npm run build` and on
// install): its TypeScript and Cytoscape.js bundled by esbuild, offline; the server serves the files.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const client = path.join(root, "src/api/web/explorer/client");
const out = path.join(root, "dist/explorer");
fs.mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(client, "main.ts")],
  outfile: path.join(out, "app.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  platform: "browser",
  legalComments: "eof",
  logLevel: "warning",
  tsconfig: path.join(client, "tsconfig.json"),
});
for (const file of ["index.html", "style.css"]) {
  fs.copyFileSync(path.join(client, file), path.join(out, file === "style.css" ? "app.css" : file));
}
