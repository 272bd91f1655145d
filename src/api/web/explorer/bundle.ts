import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

/** The explorer page's files, built in memory. */
export interface ExplorerAssets {
  html: string;
  css: string;
  js: string;
}

/** Where the page's sources are: beside this file, or in src/ when running from a compiled dist/. */
function clientDir(): string {
  const candidates = [
    path.join(import.meta.dirname, "client"),
    path.resolve(import.meta.dirname, "../../../../../src/api/web/explorer/client"),
  ];
  const found = candidates.find((d) => fs.existsSync(path.join(d, "main.ts")));
  if (!found) throw new Error(`explorer sources not found in ${candidates.join(" or ")}`);
  return found;
}

let assets: Promise<ExplorerAssets> | undefined;

/** Bundles the page (its TypeScript and Cytoscape.js from node_modules) with esbuild, once per process, offline. */
export function buildExplorerAssets(): Promise<ExplorerAssets> {
  assets ??= (async () => {
    const dir = clientDir();
    const result = await build({
      entryPoints: [path.join(dir, "main.ts")],
      bundle: true,
      write: false,
      minify: true,
      format: "iife",
      target: "es2020",
      platform: "browser",
      legalComments: "eof",
      logLevel: "silent",
      tsconfig: path.join(dir, "tsconfig.json"),
    });
    const js = result.outputFiles[0]?.text;
    if (!js) throw new Error("esbuild produced no output for the explorer");
    return {
      js,
      html: fs.readFileSync(path.join(dir, "index.html"), "utf8"),
      css: fs.readFileSync(path.join(dir, "style.css"), "utf8"),
    };
  })();
  return assets;
}
