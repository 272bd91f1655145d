import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { until } from "./ws-client.js";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Starts the real server (src/main.ts) as a child process and resolves its port from its log. */
export async function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", SEED_ON_START: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: string[] = [];
  child.stdout!.on("data", (c: Buffer) => out.push(c.toString()));
  child.stderr!.on("data", (c: Buffer) => out.push(c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let port = 0;
  await until(
    () => {
      const m = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out.join(""));
      if (m) port = Number(m[1]);
      return port > 0 || child.exitCode !== null;
    },
    "the server to listen",
    60_000,
  );
  if (!port) throw new Error(`server did not start:\n${out.join("")}`);
  return { child, port, exited, log: () => out.join("") };
}

/**
 * Creates an API key with the `kg` CLI on the database itself (a SQLite file path or a PostgreSQL
 * URL), as an operator makes the first key on the server's machine; resolves to its secret.
 */
export function createKeyWithCli(db: string, role: string, name: string): Promise<string> {
  const kg = path.join(ROOT, "bin/kg.js");
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [kg, "keys", "create", "--name", name, "--role", role, "--db", db],
      (err, out) => (err ? reject(err) : resolve(out.trim())),
    ),
  );
}
