import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Kind, buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS } from "../src/api/errors.js";
import { TOUR } from "../src/api/web/playground-tour.js";
import {
  type Block,
  PAGES,
  QUESTION_PAGES,
  ROOT,
  blocksOf,
  docGraphqlBlocks,
  existingPages,
  maskTimes,
  maskVolatile,
  readPage,
  runnableLines,
  tryJson,
} from "./docs-blocks.js";
import { type TestApp, dropTestDatabase, startTestApp, templateDatabase } from "./helpers.js";

// The documentation is run: every page's GraphQL, curl and kg examples, in order, against a
// fresh seeded server, with their shown output compared to the real one. The conventions are in
// docs/development.md ("Writing docs"). DOCS_UPDATE=1 rewrites the output blocks from the real
// answers instead of comparing (then read the diff, and run prettier on the pages).

const UPDATE = process.env.DOCS_UPDATE === "1";
const SERVER = "http://localhost:4000";

const schema = buildSchema(fs.readFileSync(path.join(ROOT, "schema.graphql"), "utf8"));

/** Problems of one operation text: not parseable, not exactly one named operation, not valid. */
function operationProblems(text: string): string[] {
  let doc;
  try {
    doc = parse(text);
  } catch (err) {
    return [`does not parse: ${(err as Error).message}`];
  }
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) return [`holds ${ops.length} operations, not one`];
  if (!ops[0]!.name) return ["the operation has no name"];
  return validate(schema, doc).map((e) => e.message);
}

describe("documentation pages", () => {
  it("are all in the docs test's list", () => {
    const docs = fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md"));
    const listed = [...PAGES, ...QUESTION_PAGES];
    expect(docs.map((f) => `docs/${f}`).filter((p) => !listed.includes(p))).toEqual([]);
  });

  it("name every GraphQL operation, and each fits schema.graphql", () => {
    const blocks = docGraphqlBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(20);
    const problems = blocks.flatMap((b) =>
      operationProblems(b.body).map((p) => `${b.page}:${b.line}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it("and the playground tour's operations too", () => {
    expect(TOUR.length).toBeGreaterThan(3);
    const problems = TOUR.flatMap((step, i) =>
      operationProblems(step.query).map((p) => `${i}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it("give every error code its HTTP status, as src/api/errors.ts does", () => {
    const table = Object.fromEntries(
      [...readPage("docs/errors.md").matchAll(/^\| `([A-Z_]+)` +\| (\d{3}) /gm)].map((m) => [
        m[1],
        Number(m[2]),
      ]),
    );
    expect(Object.fromEntries(Object.keys(STATUS).map((c) => [c, table[c]]))).toEqual(STATUS);
  });

  it("link only to files that exist in the repository", () => {
    const broken: string[] = [];
    for (const page of existingPages()) {
      for (const m of readPage(page).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!fs.existsSync(path.resolve(ROOT, path.dirname(page), target))) {
          broken.push(`${page}: ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

/** A folder with a `kg` that runs this checkout's bin/kg.js, to put first on the PATH. */
function kgShim(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-docs-bin-"));
  const file = path.join(dir, "kg");
  fs.writeFileSync(
    file,
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, "bin/kg.js")}" "$@"\n`,
  );
  fs.chmodSync(file, 0o755);
  return dir;
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  return new Promise<{ stdout: string; stderr: string }>((resolve) => {
    execFile(
      "bash",
      ["-c", script],
      { cwd, env: { ...process.env, ...env }, maxBuffer: 1 << 26, timeout: 120_000 },
      (_err, stdout, stderr) => resolve({ stdout, stderr }),
    );
  });
}

/** Whether a shown output matches the real one: as JSON with volatile keys masked, else as text. */
function sameOutput(shown: string, real: string): boolean {
  const [a, b] = [tryJson(shown), tryJson(real)];
  if (a.ok && b.ok) {
    return JSON.stringify(maskVolatile(a.value)) === JSON.stringify(maskVolatile(b.value));
  }
  return maskTimes(shown.trim()) === maskTimes(real.trim());
}

/**
 * JSON as prettier prints it at width 100: a value on one line when it fits from `column`,
 * else one member a line, indented by `indent`.
 */
function compactJson(value: unknown, indent = 0, column = 0): string {
  const flat = JSON.stringify(value, null, 1)
    .replace(/\n\s*/g, " ")
    .replace(/\[ /g, "[")
    .replace(/ \]/g, "]");
  if (column + flat.length <= 98 || value === null || typeof value !== "object") return flat;
  const pad = " ".repeat(indent + 2);
  const items = Array.isArray(value)
    ? value.map((v) => pad + compactJson(v, indent + 2, indent + 2))
    : Object.entries(value).map(
        ([k, v]) =>
          `${pad}${JSON.stringify(k)}: ${compactJson(v, indent + 2, indent + k.length + 6)}`,
      );
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${items.join(",\n")}\n${" ".repeat(indent)}${close}`;
}

const asOutput = (real: string) => {
  const json = tryJson(real);
  return json.ok ? `${compactJson(json.value)}\n` : `${real.trim()}\n`;
};

/** What a page runs: GraphQL blocks (a server), shell blocks (a server, and a local database). */
function runs(page: string) {
  const run = blocksOf(page, readPage(page)).filter((b) => b.notRun === undefined);
  const sh = run.some((b) => b.info === "sh" && runnableLines(b.body).length > 0);
  return { server: sh || run.some((b) => b.info === "graphql"), sh };
}

describe.each(existingPages())("%s", (page) => {
  let t: TestApp;
  let localDb: string;
  let cwd: string;
  let bin: string;
  beforeAll(async () => {
    // A page with nothing to run (the benchmark's, the settings tables) starts nothing.
    const needs = runs(page);
    if (needs.server) t = await startTestApp({ SEED_ON_START: "true" });
    if (!needs.sh) return;
    localDb = (await templateDatabase(true)).replace(/^file:/, "");
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), "kg-docs-"));
    fs.symlinkSync(path.join(ROOT, "docs"), path.join(cwd, "docs"));
    bin = kgShim();
  });
  afterAll(async () => {
    await t?.close();
    if (localDb) await dropTestDatabase(localDb);
  });

  it("runs its examples in order, and shows their real output", { timeout: 600_000 }, async () => {
    const text = readPage(page);
    const blocks = blocksOf(page, text);
    const failures: string[] = [];
    const rewrites: { block: Block; body: string }[] = [];
    const at = (b: Block) => `${page}:${b.line}`;
    const check = (output: Block | undefined, real: string, stderr = "") => {
      if (!output) return;
      if (UPDATE) rewrites.push({ block: output, body: asOutput(real) });
      else if (!sameOutput(output.body, real)) {
        failures.push(`${at(output)}: shown output differs; real output:\n${real}${stderr}`);
      }
    };

    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.notRun !== undefined) continue;
      if (block.info === "graphql") {
        let next = blocks[i + 1];
        let variables: unknown;
        if (next?.info === "json variables") {
          variables = JSON.parse(next.body);
          next = blocks[++i + 1];
        }
        const output = next?.info === "json output" ? next : undefined;
        const res = await fetch(`${t.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${t.adminKey}` },
          body: JSON.stringify({ query: block.body, variables }),
        });
        const body = await res.text();
        if (!output && tryJson(body).ok && (JSON.parse(body) as { errors?: unknown }).errors) {
          failures.push(`${at(block)}: answered errors, and no output block shows them:\n${body}`);
        }
        check(output, body);
      } else if (block.info === "sh") {
        const lines = runnableLines(block.body);
        if (lines.length === 0) continue;
        // A failed command says which (by its number in the block) on standard error.
        const script = lines
          .map(
            (l, n) =>
              `${l.replaceAll(SERVER, t.url).replace(/--db\s+\S+/g, `--db ${localDb}`)}` +
              ` || echo "exit $?: command ${n + 1}" >&2`,
          )
          .join("\n");
        const { stdout, stderr } = await bash(script, cwd, {
          PATH: `${bin}:${process.env.PATH}`,
          KG_API_KEY: t.adminKey,
          DATABASE_URL: /^postgres/.test(localDb) ? localDb : `file:${localDb}`,
        });
        const next = blocks[i + 1];
        const output = next?.info === "text output" ? next : undefined;
        if ((!output || !output.body.trim()) && /^exit \d+: /m.test(stderr)) {
          failures.push(`${at(block)}: a command failed:\n${stderr}`);
        }
        check(output, stdout, stderr && `\nstandard error:\n${stderr}`);
      }
    }

    if (UPDATE && rewrites.length > 0) {
      let updated = text;
      for (const { block, body } of rewrites.reverse()) {
        updated = updated.slice(0, block.start) + body + updated.slice(block.end);
      }
      fs.writeFileSync(path.join(ROOT, page), updated);
    }
    expect(failures).toEqual([]);
  });
});
