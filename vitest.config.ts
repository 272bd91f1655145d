import os from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Files that never start an app nor open a database: they run once, in the project "unit".
 * A file here that calls startTestApp fails at once saying it belongs in a database project.
 */
const UNIT = [
  "test/bench-charts.test.ts",
  "test/codegen.test.ts",
  "test/docs-config.test.ts",
  "test/export-format.test.ts",
  "test/graphql-jit-patch.test.ts",
  "test/id-serializer.test.ts",
  "test/import-markdown.test.ts",
  "test/interner.test.ts",
  "test/secrets.test.ts",
  "src/**/*.test.ts",
];
const ALL = ["test/**/*.test.ts"];
/**
 * The pages in headless Chromium: what they show does not depend on the database, and one run
 * costs much (a browser); on SQLite only (the GraphQL they call is tested on both).
 */
const BROWSER = ["test/web.browser.test.ts", "test/explorer.browser.test.ts"];

/**
 * Test files run side by side: most of their time is spent waiting (HTTP round trips, child
 * processes, the database server), so one more worker than cores keeps two cores busy.
 * KG_TEST_WORKERS overrides it (1: one file at a time).
 */
const workers = Number(process.env.KG_TEST_WORKERS) || os.availableParallelism() + 1;

export default defineConfig({
  resolve: {
    // type-graphql and the app must share one copy of graphql ("another module or realm").
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    // expect.poll waits for what a page or a server shows: 1 s (vitest's default) is too short
    // on two loaded cores, where a page's first load can take seconds.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: workers,
    // A worker runs file after file of its project in one process, importing the app once (the
    // import took ~3-10 s per file, more than most files' tests); each file still starts its own
    // apps. KG_TEST_ISOLATE=1: a fresh process per file.
    isolate: process.env.KG_TEST_ISOLATE === "1",
    // The ten slowest files at the end of every run (test/slowest-reporter.ts).
    reporters: ["default", "./test/slowest-reporter.ts"],
    // Three projects; one alone: `npx vitest run --project sqlite` (or unit, postgres).
    //  - unit: no database;
    //  - sqlite, postgres: every other file, on SQLite files or on PostgreSQL (a database per test
    //    app on the server at TEST_PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/test),
    //    each a copy of a template migrated (and seeded) once per run by test/global-setup.ts.
    //    `*.sqlite.test.ts` runs only on SQLite, `*.postgres.test.ts` only on PostgreSQL.
    projects: [
      { extends: true, test: { name: "unit", include: UNIT } },
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ALL,
          exclude: [...UNIT, "test/**/*.postgres.test.ts"],
          env: { KG_TEST_DATABASE: "sqlite" },
          globalSetup: ["./test/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ALL,
          exclude: [...UNIT, ...BROWSER, "test/**/*.sqlite.test.ts"],
          env: { KG_TEST_DATABASE: "postgresql" },
          globalSetup: ["./test/global-setup.ts"],
        },
      },
    ],
  },
});
