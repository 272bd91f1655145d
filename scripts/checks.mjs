#!/usr/bin/env node
// The static checks of `npm test`, side by side: `node scripts/checks.mjs typecheck lint lint:deps`
// runs every command of those package.json scripts (each `a && b` split in two: they are
// independent checks), as many at once as there are cores, the longest first. Each one is
// single-threaded, so on two cores they take about half the time they take one after the other.
// Each command's output is printed whole when it ends; the exit code is 1 if any failed, once all
// have ended (so every failure is shown).
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const root = path.resolve(import.meta.dirname, "..");
const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

/** Longest first (the type check of the whole tree), so that the rest fill the other cores. */
const WEIGHT = [/^tsc --noEmit$/, /^prettier/, /^eslint/];
const weight = (cmd) => {
  const i = WEIGHT.findIndex((re) => re.test(cmd));
  return i === -1 ? WEIGHT.length : i;
};

const names = process.argv.slice(2);
const commands = names
  .flatMap((name) => {
    if (!scripts[name]) throw new Error(`no script "${name}" in package.json`);
    return scripts[name].split(" && ").map((cmd) => cmd.trim());
  })
  .sort((a, b) => weight(a) - weight(b));

// npm run puts node_modules/.bin on the PATH; so does this, when run by hand.
const env = {
  ...process.env,
  PATH: `${path.join(root, "node_modules/.bin")}${path.delimiter}${process.env.PATH}`,
};

function run(cmd) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, { cwd: root, env, shell: true, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => out.push(c));
    child.on("close", (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${code === 0 ? "ok" : "FAILED"}  ${cmd}  (${seconds} s)\n`);
      const text = Buffer.concat(out).toString();
      if (text.trim()) process.stdout.write(`${text.trimEnd()}\n`);
      resolve(code === 0);
    });
  });
}

const queue = [...commands];
let failed = 0;
const workers = Array.from(
  { length: Math.min(os.availableParallelism(), queue.length) },
  async () => {
    for (let cmd = queue.shift(); cmd; cmd = queue.shift()) if (!(await run(cmd))) failed++;
  },
);
await Promise.all(workers);
if (failed) {
  process.stdout.write(`${failed} of ${commands.length} checks failed\n`);
  process.exit(1);
}
