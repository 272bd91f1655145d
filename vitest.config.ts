import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // type-graphql and the app must share one copy of graphql ("another module or realm").
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Every test file runs twice: on SQLite files and on PostgreSQL (a fresh database per test
    // app on the server at TEST_PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/test).
    // One database only: `npx vitest run --project sqlite` (or postgres).
    projects: [
      { extends: true, test: { name: "sqlite", env: { KG_TEST_DATABASE: "sqlite" } } },
      { extends: true, test: { name: "postgres", env: { KG_TEST_DATABASE: "postgresql" } } },
    ],
  },
});
