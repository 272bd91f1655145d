#!/usr/bin/env node
// The `kg` command: runs the TypeScript CLI through tsx, so `npx kg` works without a build.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
register({ tsconfig: path.join(root, "tsconfig.json") });
await import(pathToFileURL(path.join(root, "src/cli/kg.ts")).href);
