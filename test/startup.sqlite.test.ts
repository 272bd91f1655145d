// A start that cannot use its SQLite file prints one line naming DATABASE_URL (see startup.test.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDbFile } from "./helpers.js";
import {
  canMakeImmutable,
  expectOneLine,
  makeImmutable,
  runKg,
  runMain,
  undoImmutable,
} from "./faults.js";

describe("startup errors on SQLite files", { timeout: 180_000 }, () => {
  afterEach(undoImmutable);

  it("a folder that cannot be created: names the folder and DATABASE_URL", async () => {
    const file = tempDbFile();
    fs.writeFileSync(file, "not a folder");
    const target = path.join(file, "sub", "kg.db");
    const pattern =
      /cannot create the folder .*sub for the SQLite database .*: a part of the path is a file/;
    expectOneLine(await runMain({ DATABASE_URL: `file:${target}` }), pattern, "DATABASE_URL");
    expectOneLine(await runKg(["migrate", "--db", target]), pattern, "DATABASE_URL");
  });

  it("a read-only database file: says so and names DATABASE_URL", async () => {
    const file = tempDbFile();
    expect((await runKg(["migrate", "--db", file])).code).toBe(0);
    // As root, chmod does not stop writes: make the file immutable where that works.
    const undo = canMakeImmutable ? makeImmutable(file).undo : () => fs.chmodSync(file, 0o644);
    if (!canMakeImmutable) fs.chmodSync(file, 0o444);
    try {
      const pattern =
        /cannot use the SQLite database .*kg\.db: the database file (is read-only|cannot be written)/;
      expectOneLine(await runMain({ DATABASE_URL: `file:${file}` }), pattern, "DATABASE_URL");
      expectOneLine(await runKg(["seed", "--db", file]), pattern, "DATABASE_URL");
    } finally {
      undo();
    }
  });

  it("kg --db takes a file: URL (file:/abs, file:///abs) as well as a path", async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "kg-cwd-"));
    const dir = path.dirname(tempDbFile());
    for (const [db, file] of [
      [`file:${dir}/plain-url.db`, `${dir}/plain-url.db`],
      [`file://${dir}/url%20form.db`, `${dir}/url form.db`],
      ["file:./relative.db", path.join(cwd, "relative.db")],
    ] as const) {
      const out = await runKg(
        ["keys", "create", "--name", "k", "--role", "admin", "--db", db],
        {},
        cwd,
      );
      expect(out.code, out.stderr).toBe(0);
      expect(fs.existsSync(file), file).toBe(true);
    }
    expect(fs.readdirSync(cwd).filter((f) => f.startsWith("file:"))).toEqual([]);
  });
});
