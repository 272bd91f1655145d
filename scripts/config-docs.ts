// Writes the configuration reference (docs/configuration.md) and SECURITY.md's table of limits
// from the configuration schema in src/config.ts, so neither can drift from the code.
// `npm run docs:config` rewrites them; test/docs-config.test.ts fails when they are stale.
import fs from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { configReference, type ConfigVariable } from "../src/config.js";
import { projectRoot } from "../src/project-root.js";

/** The variables SECURITY.md lists as limits: every bound a client can run into. */
export const LIMITS = [
  "BODY_LIMIT",
  "MAX_QUERY_DEPTH",
  "MAX_QUERY_TOKENS",
  "MAX_QUERY_ALIASES",
  "MAX_QUERY_DIRECTIVES",
  "MAX_QUERY_COST",
  "MAX_RESPONSE_BYTES",
  "MAX_PAGE_SIZE",
  "MAX_TRAVERSAL_DEPTH",
  "MAX_TRAVERSAL_NODES",
  "MAX_PATH_VISITS",
  "MAX_PATHS",
  "IMPORT_TIMEOUT_MS",
  "IMPORT_REPORT_MAX_ITEMS",
  "READS_REQUIRE_KEY",
  "RATE_LIMIT_PER_MINUTE",
  "RATE_LIMIT_ANONYMOUS_PER_MINUTE",
  "RATE_LIMIT_AUTH_FAILURES_PER_MINUTE",
  "WS_MAX_CONNECTIONS",
  "WS_MAX_CONNECTIONS_PER_ADDRESS",
  "WS_MAX_CONNECTIONS_PER_KEY",
  "WS_MAX_SUBSCRIPTIONS_PER_CONNECTION",
  "DATABASE_WRITE_WAIT_MS",
  "SQLITE_BUSY_TIMEOUT_MS",
  "DATABASE_CONNECT_TIMEOUT_MS",
  "SHUTDOWN_TIMEOUT_MS",
];

const cell = (text: string) => text.replace(/\|/g, "\\|");

function table(rows: ConfigVariable[]): string {
  const lines = ["| Variable | Default | What it does |", "| --- | --- | --- |"];
  for (const r of rows) {
    lines.push(
      `| \`${r.name}\` | ${r.default ? `\`${cell(r.default)}\`` : "—"} | ${cell(r.description)} |`,
    );
  }
  return lines.join("\n");
}

const BEGIN = "<!-- generated from src/config.ts by npm run docs:config: do not edit -->";
const END = "<!-- end of generated table -->";

/** `text` with the part between the markers replaced by `generated`. */
export function fill(text: string, generated: string): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error("the generated-table markers are missing");
  return `${text.slice(0, start + BEGIN.length)}\n\n${generated}\n\n${text.slice(end)}`;
}

/** Each generated file and its expected contents, formatted as prettier would (npm run lint checks it). */
export async function expectedDocs(): Promise<Map<string, string>> {
  const all = configReference();
  const byName = new Map(all.map((r) => [r.name, r]));
  const limits = LIMITS.map((name) => {
    const row = byName.get(name);
    if (!row) throw new Error(`${name} is not a configuration variable`);
    return row;
  });
  const out = new Map<string, string>();
  for (const [file, rows] of [
    ["docs/configuration.md", all],
    ["SECURITY.md", limits],
  ] as const) {
    const full = path.join(projectRoot, file);
    const text = fill(fs.readFileSync(full, "utf8"), table(rows));
    const options = await prettier.resolveConfig(full);
    out.set(full, await prettier.format(text, { ...options, filepath: full }));
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  for (const [file, text] of await expectedDocs()) fs.writeFileSync(file, text);
  console.log("docs:config: wrote docs/configuration.md and SECURITY.md's limits");
}
