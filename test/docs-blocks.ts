import fs from "node:fs";
import path from "node:path";

// The pages of the documentation and the code blocks in them, for test/docs.test.ts (which runs
// them) and the tests that check every GraphQL example (executor, limits, secrets). The
// conventions are described in docs/development.md, "Writing docs".

export const ROOT = path.resolve(import.meta.dirname, "..");

/** Every page, in the order the docs test runs them (it fails when a docs/*.md is missing here). */
export const PAGES = [
  "README.md",
  "docs/getting-started.md",
  "docs/keys.md",
  "docs/graphql.md",
  "docs/rest.md",
  "docs/cli.md",
  "docs/import-export.md",
  "docs/history-and-live.md",
  "docs/errors.md",
  "docs/deployment.md",
  "docs/data-model.md",
  "docs/benchmark.md",
  "docs/benchmark-team.md",
  "docs/development.md",
  "docs/configuration.md",
];

/**
 * The competency-question pages: their queries are named and checked against schema.graphql with
 * the rest (docGraphqlBlocks), and run by test/questions.test.ts, which compares the concepts under
 * each `answer` with knowledge/merged.json instead of with a shown output.
 */
export const QUESTION_PAGES = [
  "docs/questions.md",
  ...fs
    .readdirSync(path.join(ROOT, "docs/questions"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/questions/${f}`),
];

/**
 * Keys whose values differ from run to run (ids, times, cursors, versions, secrets): an output
 * block and the real answer are compared with these values replaced by a placeholder.
 */
export const VOLATILE_KEYS = new Set([
  "id",
  "createdAt",
  "updatedAt",
  "at",
  "lastUsedAt",
  "revokedAt",
  "cursor",
  "startCursor",
  "endCursor",
  "changeId",
  "revertOf",
  "version",
  "secret",
  "prefix",
]);

export interface Block {
  page: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string: "graphql", "json variables", "json output", "sh", "text output", ... */
  info: string;
  body: string;
  /** Offsets of the body in the page text (to rewrite it). */
  start: number;
  end: number;
  /** The reason given by a `<!-- not run: reason -->` right before the block, if any. */
  notRun?: string;
}

/** The fenced code blocks of a page's text, in order. */
export function blocksOf(page: string, text: string): Block[] {
  const blocks: Block[] = [];
  const fence = /^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm;
  let prevEnd = 0;
  for (const m of text.matchAll(fence)) {
    const before = text.slice(prevEnd, m.index).trimEnd();
    const notRun = /<!--\s*not run:\s*([\s\S]*?)-->$/.exec(before)?.[1]?.trim();
    const start = m.index + m[0].indexOf("\n") + 1;
    blocks.push({
      page,
      line: text.slice(0, m.index).split("\n").length,
      info: m[1]!.trim(),
      body: m[2]!,
      start,
      end: start + m[2]!.length,
      notRun,
    });
    prevEnd = m.index + m[0].length;
  }
  return blocks;
}

export const readPage = (page: string) => fs.readFileSync(path.join(ROOT, page), "utf8");

/** The pages that exist (configuration.md is generated; a page may not be written yet). */
export const existingPages = () => PAGES.filter((p) => fs.existsSync(path.join(ROOT, p)));

/**
 * Every ```graphql block of README.md, docs/*.md and the question pages, the ones marked "not run" included; with
 * `showsErrors` when its output block shows an error (a refusal the page means to show).
 */
export function docGraphqlBlocks(): (Block & { showsErrors: boolean })[] {
  return [...existingPages(), ...QUESTION_PAGES].flatMap((p) => {
    const blocks = blocksOf(p, readPage(p));
    return blocks.flatMap((b, i) => {
      if (b.info !== "graphql") return [];
      const next = blocks[i + 1]?.info === "json variables" ? blocks[i + 2] : blocks[i + 1];
      const showsErrors = next?.info === "json output" && /"errors"\s*:/.test(next.body);
      return [{ ...b, showsErrors }];
    });
  });
}

/** `value` with every volatile key's value (see VOLATILE_KEYS) replaced by a placeholder. */
export function maskVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskVolatile);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        VOLATILE_KEYS.has(k) && v !== null ? "<volatile>" : maskVolatile(v),
      ]),
    );
  }
  return value;
}

/** Text with ISO timestamps replaced, for outputs that are not one JSON value. */
export const maskTimes = (text: string) =>
  text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>");

/**
 * The command lines of a ```sh block that the docs test runs: those starting with `curl ` or
 * `kg ` (or `name=$(curl ` / `name=$(kg `, to read an id for the next line), continuation lines
 * (a trailing `\`) joined.
 */
export function runnableLines(body: string): string[] {
  const lines: string[] = [];
  let current = "";
  for (const raw of body.split("\n")) {
    current += raw;
    if (current.endsWith("\\")) {
      current = current.slice(0, -1);
      continue;
    }
    const line = current.trim();
    current = "";
    if (/^(\w+=\$\()?(curl|kg) /.test(line)) lines.push(line);
  }
  return lines;
}

export function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
