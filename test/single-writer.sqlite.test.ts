// One process per SQLite file: each keeps its own in-memory index, so a second server on the same
// file would silently diverge. It refuses to start instead; the lock dies with its process (kill -9
// too); `kg` may read and manage keys beside a running server, but not change the graph.
// SQLite only (PostgreSQL replicas share one database by design: replicas.postgres.test.ts).
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { tempDbFile, testConfig } from "./helpers.js";
import { runKg, runMain } from "./faults.js";
import { startServer } from "./server-process.js";

type Server = Awaited<ReturnType<typeof startServer>>;
const IN_USE = /the SQLite database .*kg\.db is in use by another kg process/;

describe("one process per SQLite file", { timeout: 180_000 }, () => {
  const servers: Server[] = [];
  const serve = async (file: string) => {
    const server = await startServer({ DATABASE_URL: `file:${file}` });
    servers.push(server);
    return server;
  };
  afterEach(() => {
    for (const s of servers.splice(0)) if (s.child.exitCode === null) s.child.kill("SIGKILL");
  });

  it("a second server on the file refuses to start in one line; the first keeps serving; kill -9 leaves no stale lock", async () => {
    const file = tempDbFile();
    const first = await serve(file);
    const second = await runMain({ DATABASE_URL: `file:${file}` });
    expect(second.code).not.toBe(0);
    const lines = second.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(IN_USE);
    expect(lines[0]).toContain("(setting: DATABASE_URL)");
    expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);

    // In the same process too (a test, or an embedding program): refused.
    await expect(createApp(testConfig({}, `file:${file}`))).rejects.toThrow(IN_USE);

    first.child.kill("SIGKILL");
    await first.exited;
    const next = await serve(file);
    expect((await fetch(`http://127.0.0.1:${next.port}/readyz`)).status).toBe(200);
  });

  it("kg beside a running server: reads, keys and migrate work; graph writes are refused, pointing at --url", async () => {
    const file = tempDbFile();
    const server = await serve(file);
    const base = `http://127.0.0.1:${server.port}`;

    const exported = await runKg(["export", "--format", "json", "--db", file]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).format).toBe("k8s-knowledge-graph");
    const read = await runKg(["query", "{ concepts { totalCount } }", "--db", file]);
    expect(read.code, read.stderr).toBe(0);
    const key = await runKg(["keys", "create", "--name", "ops", "--role", "admin", "--db", file]);
    expect(key.code, key.stderr).toBe(0);
    const migrate = await runKg(["migrate", "--db", file]);
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain("up to date");

    const notes = path.join(path.dirname(file), "notes.md");
    fs.writeFileSync(notes, "## Net\n- CNI, container network interface\n");
    for (const args of [
      ["import", notes],
      ["seed"],
      ["query", `mutation { deleteConcept(slug: "nothing") { slug } }`],
    ]) {
      const refused = await runKg([...args, "--db", file]);
      expect(refused.code, args.join(" ")).toBe(1);
      const lines = refused.stderr.split("\n").filter(Boolean);
      expect(lines, refused.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(IN_USE);
      expect(lines[0]).toContain("--url");
    }
    // The key made beside it works on the server at once; nothing else changed there.
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key.stdout.trim()}` },
      body: JSON.stringify({ query: "{ concepts { totalCount } }" }),
    });
    expect(await res.json()).toEqual({ data: { concepts: { totalCount: 0 } } });
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
  });
});
