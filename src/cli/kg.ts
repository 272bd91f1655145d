import "reflect-metadata";
import { parseArgs } from "node:util";
import { ConfigError } from "../config.js";
import { AppError } from "../errors.js";
import { COMMANDS, type Flags, UsageError } from "./commands.js";

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
  query '<graphql>'           Run a GraphQL operation and print the JSON result
      --variables <json>      Variables of the operation

Options for every command:
  --db <file|url>             SQLite file or postgresql:// URL to use directly
                              (default: DATABASE_URL or ./data/kg.db)
  --url <http://host:port>    Talk to a running server instead of the database
  -h, --help                  Show this help

Exit codes: 0 done, 1 refused or failed (the reason is printed), 2 bad usage.
Examples:
  kg seed && kg export --format dot --root etcd --depth 1 | dot -Tsvg > etcd.svg
  kg import ../shared/k8s-glossary --dry-run
  kg query '{ concept(slug: "etcd") { summary } }' --url http://localhost:4000
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
    },
  });
  const [name, ...args] = positionals;
  if (values.help || !name) {
    process.stdout.write(HELP);
    return name || values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command(args, values as Flags);
}

// `kg export ... | head` closes the pipe early: that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      console.error(`kg: ${(err as Error).message}\nRun "kg --help" for usage.`);
      process.exitCode = 2;
    } else if (err instanceof ConfigError) {
      console.error(`kg: ${err.message}`);
      process.exitCode = 2;
    } else if (err instanceof AppError) {
      console.error(`kg: ${err.code}${err.field ? ` (${err.field})` : ""}: ${err.message}`);
      process.exitCode = 1;
    } else {
      console.error(`kg: ${(err as Error).message ?? String(err)}`);
      process.exitCode = 1;
    }
  });
