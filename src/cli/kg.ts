import { parseArgs } from "node:util";
import type { Flags } from "./commands.js";
import { UsageError } from "./usage.js";

const HELP = `kg: the Kubernetes knowledge graph from a shell

Usage: kg <command> [options]

Commands:
  serve                       Start the HTTP server (GraphQL, REST, playground)
  seed                        Load the curated Kubernetes seed (safe to run again)
  migrate                     Apply pending database migrations, then exit
  import <file|folder>        Import a JSON export (.json), Markdown notes (.md) or a glossary folder
      --format <f>            json | markdown | glossary (default: from the path)
      --dry-run               Report what would change; write nothing
      --skip-invalid          Leave out (and report) invalid records instead of importing nothing
  export --format <f>         Print the graph: json graphml dot cypher turtle jsonld csv-nodes csv-edges mermaid
      --root <slug>           Only the neighbourhood of this concept
      --depth <n>             How many relations away from --root (default 2)
      -o, --output <file>     Write to a file instead of standard output
  lint [export.json]          Check the knowledge: kinds, superseded-by cycles, nothing after a
                              removal, citations resolve, concepts described, aliases unambiguous
                              (the database, --url, or a JSON export); exit 1 on any problem
  query '<graphql>'           Run a GraphQL operation and print the JSON result
      --variables <json>      Variables of the operation
  keys create --name <n> --role <r>   Create an API key (reader, editor or admin); prints its secret once
  keys list                   List API keys (name, role, prefix, last use; never secrets)
  keys revoke <name>          Revoke an API key at once

Options for every command:
  --db <file|url>             SQLite file (a path or a file: URL) or postgresql:// URL
                              to use directly (default: DATABASE_URL or ./data/kg.db).
                              Commands that change the graph need the SQLite file to
                              themselves: beside a running server, use --url
  --url <http://host:port>    Talk to a running server instead of the database,
                              with the API key in the KG_API_KEY environment variable
  -h, --help                  Show this help

Exit codes: 0 done, 1 refused or failed (the reason is printed), 2 bad usage.
Examples:
  kg seed && kg export --format dot --root etcd --depth 1 | dot -Tsvg > etcd.svg
  kg import docs/examples/storage-notes.md --dry-run
  kg query 'query Etcd { concept(slug: "etcd") { summary } }' --url http://localhost:4000
  kg keys create --name ci-importer --role editor
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      db: { type: "string" },
      url: { type: "string" },
      format: { type: "string" },
      "dry-run": { type: "boolean" },
      "skip-invalid": { type: "boolean" },
      root: { type: "string" },
      depth: { type: "string" },
      output: { type: "string", short: "o" },
      variables: { type: "string" },
      port: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
    },
  });
  const [name, ...args] = positionals;
  if (values.help || !name) {
    process.stdout.write(HELP);
    return name || values.help ? 0 : 2;
  }
  // Loaded only now, so that help and bad usage answer at once.
  await import("reflect-metadata");
  const { COMMANDS } = await import("./commands.js");
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command(args, values as Flags);
}

/** Exit code 2 (bad usage), as src/api/errors.ts's EXIT.usage; that module is not loaded for help. */
const USAGE = 2;

async function report(err: unknown): Promise<number> {
  if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    console.error(`kg: ${(err as Error).message}\nRun "kg --help" for usage.`);
    return USAGE;
  }
  const [{ ConfigError }, { EXIT }, { AppError }, { fatalLine }] = await Promise.all([
    import("../config.js"),
    import("../api/errors.js"),
    import("../errors.js"),
    import("../fatal.js"),
  ]);
  if (err instanceof ConfigError) {
    console.error(`kg: ${err.message}`);
    return EXIT.usage;
  }
  if (err instanceof AppError) {
    console.error(`kg: ${err.code}${err.field ? ` (${err.field})` : ""}: ${err.message}`);
    return EXIT.error;
  }
  // One line (what failed, which setting to change); the whole error at LOG_LEVEL=debug.
  console.error(`kg: ${fatalLine(err)}`);
  if (/^(debug|trace)$/.test(process.env.LOG_LEVEL ?? "")) console.error(err);
  return EXIT.error;
}

// `kg export ... | head` closes the pipe early: that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2))
  .catch(report)
  .then((code) => {
    process.exitCode = code;
  });
