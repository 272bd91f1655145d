import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphSchema, printGraphSchema } from "../src/api/graphql/schema.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { type TestApp, buildConcept, startTestApp } from "./helpers.js";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("schema", () => {
  it("schema.graphql is up to date (run `npm run schema`)", async () => {
    expect(fs.readFileSync(path.join(ROOT, "schema.graphql"), "utf8")).toBe(
      await printGraphSchema(),
    );
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema: GraphQLSchema = await buildGraphSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith("__") ||
        (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))
      )
        continue;
      if (!type.description && !["Query", "Mutation", "Subscription"].includes(type.name))
        missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const v of type.getValues())
          if (!v.description) missing.push(`${type.name}.${v.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("HTTP", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("serves a self-contained playground, / links to it, /healthz answers", async () => {
    const page = await fetch(`${t.url}/playground`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("graphiql");
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    const root = await fetch(`${t.url}/`, { redirect: "manual" });
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('href="/playground"');
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: "ok" });
  });

  it("names malformed requests with Apollo's codes", async () => {
    expect((await t.gql(`{ concept(slug: "x") { `)).errors![0]!.extensions!.code).toBe(
      "GRAPHQL_PARSE_FAILED",
    );
    expect((await t.gql(`{ concept(slug: "x") { nope } }`)).errors![0]!.extensions!.code).toBe(
      "GRAPHQL_VALIDATION_FAILED",
    );
    const badVar = await t.gql(`query($f: Int) { concepts(first: $f) { totalCount } }`, {
      f: "ten",
    });
    expect(badVar.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("hides unexpected errors as INTERNAL_SERVER_ERROR, without stack trace or SQL", async () => {
    await t.gql(`mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`, {
      input: buildConcept({ slug: "broken" }),
    });
    // Break the storage under the running app: reading notes now fails inside SQLite.
    await t.app.db.prisma.$executeRawUnsafe(`ALTER TABLE "Note" RENAME TO "NoteGone"`);
    try {
      const res = await t.gql(`{ concept(slug: "broken") { slug notes { body } } }`);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toEqual({
        message: "Internal server error",
        path: ["concept", "notes"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(res)).not.toMatch(/SELECT|Note"|sqlite|stack|\.ts:/i);
    } finally {
      await t.app.db.prisma.$executeRawUnsafe(`ALTER TABLE "NoteGone" RENAME TO "Note"`);
    }
  });
});

describe("configuration", () => {
  it("has defaults that need no environment", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 4000,
      databaseUrl: "file:./data/kg.db",
      seedOnStart: true,
      maxPageSize: 100,
    });
    expect(c.databaseFile).toBe(path.resolve("data/kg.db"));
  });

  it("reads booleans as true/false or 1/0, and names the spellings otherwise", () => {
    const seed = (v: string) => loadConfig({ SEED_ON_START: v }).seedOnStart;
    expect([seed("true"), seed("1"), seed("false"), seed("0")]).toEqual([true, true, false, false]);
    const problems = (v: string) => {
      try {
        return seed(v);
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    for (const v of ["yes", "TRUE"]) {
      expect(problems(v)).toEqual([
        'SEED_ON_START: Invalid option: expected one of "true"|"1"|"false"|"0"',
      ]);
    }
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({
      port: 4000,
      databaseUrl: "file:./data/kg.db",
    });
  });

  it("lists every problem at once", () => {
    let err: unknown;
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", SEED_ON_START: "maybe" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join("\n");
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^DATABASE_URL: /m);
    expect(problems).toMatch(/^SEED_ON_START: /m);
  });

  it("makes the server exit non-zero with a clear message on bad configuration", async () => {
    const run = promisify(execFile);
    const err = await run(path.join(ROOT, "node_modules/.bin/tsx"), ["src/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "-5", DATABASE_URL: "mysql://nope" },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toMatch(
      /Invalid configuration:\n\s+- PORT: .*\n\s+- DATABASE_URL: /,
    );
  });
});
