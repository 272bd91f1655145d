import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Db } from "../db/client.js";
import { AppError, type ErrorCode } from "../errors.js";
import type { Services } from "../graph/services.js";
import type { ImportReport, ImportRequest } from "../io/import/index.js";
import { UsageError } from "./usage.js";

// Every module beyond these is imported where a command needs it: a call against a running server
// (--url) never loads the database layer, and no command loads what only another one uses.

export interface Flags {
  db?: string;
  url?: string;
  format?: string;
  "dry-run"?: boolean;
  "skip-invalid"?: boolean;
  root?: string;
  depth?: string;
  output?: string;
  variables?: string;
  port?: string;
  name?: string;
  role?: string;
}

type Command = (args: string[], flags: Flags) => Promise<number>;

/** `--db`: a SQLite file (a path, or a `file:` URL as DATABASE_URL takes), or a postgresql:// URL. */
async function dbEnv(flags: Flags): Promise<{ DATABASE_URL?: string }> {
  if (!flags.db) return {};
  const { isPostgresUrl } = await import("../config.js");
  const url = isPostgresUrl(flags.db) || flags.db.startsWith("file:");
  return { DATABASE_URL: url ? flags.db : `file:${path.resolve(flags.db)}` };
}

/** The configuration of a local command: the environment, `--db`, and a silent log. */
async function localConfig(flags: Flags) {
  const { loadConfig } = await import("../config.js");
  return loadConfig({ ...process.env, ...(await dbEnv(flags)), LOG_LEVEL: "silent" });
}

/**
 * What a command does to a local database, which decides whether it may run beside a server on the
 * same SQLite file: "graph" changes concepts, relations or notes (a server's in-memory index would
 * not see them, so it needs the file to itself); "keys" changes API keys (every process looks keys
 * up afresh); "read" changes nothing.
 */
type Writes = "graph" | "keys" | "read";

/** Runs `fn` over the local database, then closes it. */
async function local<T>(
  flags: Flags,
  writes: Writes,
  fn: (services: Services, db: Db) => Promise<T>,
) {
  const [config, { openDb }, { startServices }, { runAs }] = await Promise.all([
    localConfig(flags),
    import("../db/client.js"),
    import("../graph/services.js"),
    import("../graph/actor.js"),
  ]);
  const db = await openDb(config, {
    sqliteLock: writes === "graph" ? "exclusive" : "if-free",
    verifyWrites: writes !== "read",
  });
  try {
    // Writes on the local database are recorded in the change history as made by "cli".
    const services = await startServices(db.prisma, config, db.search);
    return await runAs({ name: "cli", role: "admin" }, () => fn(services, db));
  } finally {
    await db.close();
  }
}

/** The API key for --url calls, from KG_API_KEY (an environment variable keeps it out of `ps`). */
const withKey = (init: RequestInit = {}): RequestInit => {
  const key = process.env.KG_API_KEY?.trim();
  if (!key) return init;
  return { ...init, headers: { ...(init.headers as object), authorization: `Bearer ${key}` } };
};

/** Calls a running server; its `{ error }` bodies become the same AppError the services throw. */
async function remote(flags: Flags, pathname: string, init?: RequestInit) {
  const url = new URL(pathname, flags.url);
  let res: Response;
  try {
    res = await fetch(url, withKey(init));
  } catch (err) {
    throw new Error(`cannot reach ${url.origin}: ${(err as Error).message}`);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code: ErrorCode; message: string; field?: string };
    } | null;
    if (body?.error) throw new AppError(body.error.code, body.error.message, body.error.field);
    throw new Error(`${url.pathname}: HTTP ${res.status}`);
  }
  return res;
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** A progress bar on standard error (redrawn on a terminal, a few lines otherwise). */
function progress(label: string) {
  let last = -1;
  return (done: number, total: number) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (process.stderr.isTTY) {
      const bar = "#".repeat(Math.floor(pct / 5)).padEnd(20, ".");
      process.stderr.write(`\r${label} [${bar}] ${done}/${total}${done === total ? "\n" : ""}`);
    } else if (Math.floor(pct / 25) !== Math.floor(last / 25) || done === total) {
      process.stderr.write(`${label}: ${done}/${total} (${pct}%)\n`);
    }
    last = pct;
  };
}

/** Reads a file or a folder of .md files into an import request. */
function readImport(target: string, format?: string): ImportRequest {
  const abs = path.resolve(target);
  if (!fs.existsSync(abs)) throw new UsageError(`no such file or folder: ${target}`);
  const source = pathToFileURL(abs).href;
  if (fs.statSync(abs).isDirectory()) {
    const files = fs
      .readdirSync(abs)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((name) => ({ name, content: fs.readFileSync(path.join(abs, name), "utf8") }));
    return { format: format ?? "glossary", files, source };
  }
  const guessed = abs.endsWith(".json") ? "json" : /\.(md|markdown)$/.test(abs) ? "markdown" : null;
  if (!format && !guessed)
    throw new UsageError(`cannot tell the format of ${target}: pass --format`);
  return { format: format ?? guessed!, content: fs.readFileSync(abs, "utf8"), source };
}

function printReport(r: ImportReport) {
  const head = r.dryRun ? "dry run, nothing written: would have" : "import:";
  console.log(
    `${head} ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped`,
  );
  for (const p of r.problems) console.log(`  problem: ${p}`);
  for (const s of r.redactions) console.log(`  redacted ${s.kind} at ${s.location}`);
}

const serve: Command = async (_args, flags) => {
  if (flags.port) process.env.PORT = flags.port;
  Object.assign(process.env, await dbEnv(flags));
  await import("../main.js");
  return 0;
};

const seed: Command = async (_args, flags) => {
  if (flags.url) throw new UsageError("seed works on the local database only (drop --url)");
  // One seeding process at a time on a database (replicas may be starting and seeding too).
  const { seedGraph } = await import("../io/seed/seed.service.js");
  const report = await local(flags, "graph", (services, db) =>
    db.exclusively(() => seedGraph(services)),
  );
  console.log(
    `seed: ${report.created} created, ${report.kept} kept as they were, ${report.skipped.length} skipped`,
  );
  for (const line of report.skipped) console.log(`  skipped ${line}`);
  return 0;
};

/** Applies pending migrations (under a lock on PostgreSQL, so replicas may start meanwhile) and exits. */
const migrate: Command = async (_args, flags) => {
  if (flags.url) throw new UsageError("migrate works on the local database only (drop --url)");
  const config = await localConfig(flags);
  const { migrateDb } = await import("../db/client.js");
  const applied = await migrateDb(config);
  console.log(
    applied.length === 0
      ? `migrate: the ${config.databaseProvider} database is up to date`
      : `migrate: applied ${applied.length} migration(s) to the ${config.databaseProvider} database: ${applied.join(", ")}`,
  );
  return 0;
};

const importCommand: Command = async (args, flags) => {
  if (args.length !== 1) throw new UsageError("import takes one file or folder");
  const req = readImport(args[0]!, flags.format);
  const opts = { dryRun: flags["dry-run"], skipInvalid: flags["skip-invalid"] };
  const report = flags.url
    ? ((await (
        await remote(flags, "/api/v1/import", json({ ...req, ...opts }))
      ).json()) as ImportReport)
    : // A dry run writes nothing (its transaction is rolled back): it may run beside a server.
      await local(flags, opts.dryRun ? "read" : "graph", async (s) => {
        const { runImport } = await import("../io/import/index.js");
        return runImport(s, req, { ...opts, onProgress: progress("importing") });
      });
  printReport(report);
  return 0;
};

const exportCommand: Command = async (args, flags) => {
  if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}"`);
  if (!flags.format) throw new UsageError("export needs --format");
  const depth = flags.depth === undefined ? undefined : Number(flags.depth);
  if (depth !== undefined && !Number.isInteger(depth))
    throw new UsageError("--depth must be an integer");
  // Phases: read the graph, render it, write it (only shown when writing to a file).
  const bar = flags.output ? progress("exporting") : () => {};
  bar(0, 3);
  let text: string;
  if (flags.url) {
    const q = new URLSearchParams({ format: flags.format });
    if (flags.root) q.set("root", flags.root);
    if (depth !== undefined) q.set("depth", String(depth));
    const res = await remote(flags, `/api/v1/export?${q}`);
    bar(1, 3);
    text = await res.text();
  } else {
    text = await local(flags, "read", async (s) => {
      const { renderExport } = await import("../io/export/index.js");
      const data = await s.graphData.load();
      bar(1, 3);
      const opts = { format: flags.format!, root: flags.root, depth };
      return renderExport(data, opts, s.traversal).text;
    });
  }
  bar(2, 3);
  if (flags.output) {
    fs.writeFileSync(flags.output, text);
    bar(3, 3);
    console.error(`export: wrote ${Buffer.byteLength(text)} bytes to ${flags.output}`);
  } else process.stdout.write(text);
  return 0;
};

/** A GraphQL document that holds a mutation writes the graph; a query only reads. */
async function writesOf(source: string): Promise<Writes> {
  const { Kind, OperationTypeNode, parse } = await import("graphql");
  try {
    const doc = parse(source);
    return doc.definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION,
    )
      ? "graph"
      : "read";
  } catch {
    return "read"; // a syntax error: reported by the run itself
  }
}

const query: Command = async (args, flags) => {
  if (args.length !== 1) throw new UsageError("query takes one GraphQL operation (quote it)");
  let variables: Record<string, unknown> | undefined;
  try {
    variables = flags.variables
      ? (JSON.parse(flags.variables) as Record<string, unknown>)
      : undefined;
  } catch {
    throw new UsageError("--variables must be JSON");
  }
  const result = flags.url
    ? ((await (
        await fetch(new URL("/graphql", flags.url), withKey(json({ query: args[0], variables })))
      ).json()) as {
        errors?: unknown[];
      })
    : await local(flags, await writesOf(args[0]!), async (services) => {
        const [{ graphql }, { createFormatError }, { buildGraphSchema }, { createLoaders }] =
          await Promise.all([
            import("graphql"),
            import("../api/graphql/format-error.js"),
            import("../api/graphql/schema.js"),
            import("../graph/services.js"),
          ]);
        const format = createFormatError(() => {});
        const r = await graphql({
          schema: await buildGraphSchema(),
          source: args[0]!,
          variableValues: variables,
          contextValue: { services, loaders: createLoaders(services) },
        });
        // Parse and validation errors have no path and no cause: their messages are safe to show.
        const errors = r.errors?.map((e) =>
          !e.path && !e.originalError
            ? { message: e.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }
            : format(e.toJSON(), e),
        );
        return { ...r, errors };
      });
  console.log(JSON.stringify(result, null, 2));
  return result.errors?.length ? 1 : 0;
};

const keys: Command = async (args, flags) => {
  const [action, ...rest] = args;
  const call = <T>(
    pathname: string,
    init: RequestInit | undefined,
    fn: (s: Services) => Promise<T>,
  ) =>
    flags.url
      ? remote(flags, pathname, init).then((r) => r.json() as Promise<T>)
      : local(flags, "keys", fn);
  if (action === "create") {
    if (rest.length > 0 || !flags.name || !flags.role) {
      throw new UsageError("keys create needs --name <name> --role reader|editor|admin");
    }
    const input = { name: flags.name, role: flags.role };
    const created = await call("/api/v1/keys", json(input), (s) => s.keys.create(input));
    console.error(
      `key "${created.key.name}" created with role ${created.key.role}; its secret, shown only this once:`,
    );
    console.log(created.secret);
    return 0;
  }
  if (action === "list") {
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const list = await call("/api/v1/keys", undefined, (s) => s.keys.list());
    const day = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 16) : "-");
    for (const k of list) {
      console.log(
        [
          k.name,
          k.role,
          `${k.prefix}...`,
          `created ${day(k.createdAt)}`,
          `used ${day(k.lastUsedAt)}`,
        ]
          .concat(k.revokedAt ? [`REVOKED ${day(k.revokedAt)}`] : [])
          .join("\t"),
      );
    }
    if (list.length === 0) console.error("no API keys yet: kg keys create --name <n> --role admin");
    return 0;
  }
  if (action === "revoke") {
    if (rest.length !== 1) throw new UsageError("keys revoke takes one key name");
    const name = rest[0]!;
    const path = `/api/v1/keys/${encodeURIComponent(name)}`;
    const key = await call(path, { method: "DELETE" }, (s) => s.keys.revoke(name));
    console.log(`key "${key.name}" revoked at ${new Date(key.revokedAt!).toISOString()}`);
    return 0;
  }
  throw new UsageError("keys takes create, list or revoke");
};

/** `kg lint [export.json]`: the knowledge lint over a JSON export, a server (--url) or the database. */
const lint: Command = async (args, flags) => {
  if (args.length > 1) throw new UsageError("lint takes at most one JSON export file");
  const [{ parseGraphJson }, { lintGraph }, { EXIT }] = await Promise.all([
    import("../io/import/json.js"),
    import("../graph/lint/knowledge-lint.js"),
    import("../api/errors.js"),
  ]);
  const data = args[0]
    ? parseGraphJson(fs.readFileSync(args[0], "utf8"))
    : flags.url
      ? parseGraphJson(await (await remote(flags, "/api/v1/export?format=json")).text())
      : await local(flags, "read", (s) => s.graphData.load());
  const problems = lintGraph(data);
  for (const p of problems) console.log(`${p.rule}\t${p.subject}\t${p.message}`);
  console.error(
    `lint: ${problems.length} problem(s) in ${data.concepts.length} concepts and ${data.relations.length} relations`,
  );
  return problems.length > 0 ? EXIT.error : 0;
};

export const COMMANDS: Record<string, Command> = {
  serve,
  seed,
  migrate,
  import: importCommand,
  export: exportCommand,
  query,
  keys,
  lint,
};
