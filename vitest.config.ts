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
  },
});
