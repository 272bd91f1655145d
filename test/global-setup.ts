// Once per run and database project (vitest.config.ts): two template databases, one migrated and
// one migrated and seeded (the curated seed takes seconds to write, more than anything else a test
// app does when it starts). startTestApp copies one of them instead of migrating, and seeding,
// from scratch: on PostgreSQL `CREATE DATABASE ... TEMPLATE`, on SQLite a copy of the file.
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { migrateDb } from "../src/db/client.js";
import { openRawConnection } from "../src/db/sqlite-raw.js";
import { adminQuery, pgUrl } from "./pg-admin.js";

/** What a test reads with `inject("kgTemplates")`: SQLite files, or PostgreSQL database names. */
export interface Templates {
  database: "sqlite" | "postgresql";
  /** Migrated, empty. */
  migrated: string;
  /** Migrated and seeded with the curated graph (SEED_ON_START=true). */
  seeded: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    kgTemplates: Templates;
  }
}

const config = (databaseUrl: string, seed: boolean) =>
  loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "silent",
    SEED_ON_START: String(seed),
    CHANGE_BUS_URL: "off",
  });

/** Builds both templates at `urlOf(name)`: migrations only, then migrations and the seed. */
async function build(urlOf: (kind: "migrated" | "seeded") => string) {
  const started = performance.now();
  await migrateDb(config(urlOf("migrated"), false));
  const app = await createApp(config(urlOf("seeded"), true));
  await app.close();
  return Math.round(performance.now() - started);
}

type Kind = "sqlite" | "postgres";
interface Built {
  templates: Templates;
  ms: number;
  where: string;
  remove(): Promise<void>;
}

async function buildPostgres(): Promise<Built> {
  const run = `kg_tpl_${randomBytes(4).toString("hex")}`;
  const names = { migrated: `${run}_migrated`, seeded: `${run}_seeded` };
  for (const name of Object.values(names)) await adminQuery(`CREATE DATABASE "${name}"`);
  const remove = async () => {
    for (const name of Object.values(names)) {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  };
  try {
    const ms = await build((kind) => pgUrl(names[kind]));
    return { templates: { database: "postgresql", ...names }, ms, where: `${run}_*`, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}

async function buildSqlite(): Promise<Built> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-template-"));
  const files = { migrated: path.join(dir, "migrated.db"), seeded: path.join(dir, "seeded.db") };
  const ms = await build((kind) => `file:${files[kind]}`);
  for (const file of Object.values(files)) {
    // Everything into the main file (no -wal beside it), so that one file copy is the database.
    const raw = openRawConnection(file);
    raw.prepare("PRAGMA wal_checkpoint(TRUNCATE)").get();
    raw.close();
    for (const side of ["-wal", "-shm", ".lock"]) fs.rmSync(`${file}${side}`, { force: true });
  }
  const remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  return { templates: { database: "sqlite", ...files }, ms, where: dir, remove };
}

// Vitest runs the projects' global setups one after the other, in one process: the builds are
// kept here so that one project's setup can start the other's, and both seeds run at once.
const builds: Map<Kind, Promise<Built>> = ((
  globalThis as { kgTemplateBuilds?: Map<Kind, Promise<Built>> }
).kgTemplateBuilds ??= new Map());

function buildOnce(kind: Kind): Promise<Built> {
  let built = builds.get(kind);
  if (!built) {
    built = kind === "postgres" ? buildPostgres() : buildSqlite();
    builds.set(kind, built);
  }
  return built;
}

export default async function setup(project: TestProject) {
  const kind = project.name as Kind;
  // A run of files that start no test app (.ci/run's replicas step) need not build any.
  if (process.env.KG_TEST_TEMPLATES === "off") return;
  // A whole run (no file filter) on both databases: both projects have files, so build both now.
  // (`filenamePattern` is Vitest's own record of the file filters given; without it, one by one.)
  const filtered = (project.vitest as { filenamePattern?: unknown }).filenamePattern !== undefined;
  const active = project.vitest.projects.map((p) => p.name);
  if (!filtered && active.includes("sqlite") && active.includes("postgres")) {
    for (const other of ["sqlite", "postgres"] as const) {
      if (other !== kind) buildOnce(other).catch(() => undefined); // its own setup reports failures
    }
  }
  const built = await buildOnce(kind);
  console.log(`[${kind}] templates ${built.where} built in ${built.ms} ms`);
  project.provide("kgTemplates", built.templates);
  return () => built.remove();
}
