/**
 * The import rules of ARCHITECTURE.md, checked by dependency-cruiser in `npm test` (npm run lint:deps).
 * Rooms from the top down: cli -> main/app -> api -> io -> graph -> db. A room may import rooms
 * below it, never above; no cycles; Prisma's generated client only under src/db/.
 */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "An import loop: split the shared part out (a model file) instead.",
      from: {},
      to: { circular: true },
    },
    {
      name: "db-imports-nothing-above",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/(graph|io|api|cli|app|main)" },
    },
    {
      name: "graph-imports-only-db",
      severity: "error",
      from: { path: "^src/graph/" },
      to: { path: "^src/(io|api|cli|app|main)" },
    },
    {
      name: "io-imports-only-graph-and-db",
      severity: "error",
      from: { path: "^src/io/" },
      to: { path: "^src/(api|cli|app|main)" },
    },
    {
      name: "api-not-cli",
      severity: "error",
      from: { path: "^src/api/" },
      to: { path: "^src/(cli|app|main)" },
    },
    {
      name: "prisma-only-in-db",
      severity: "error",
      comment: "Only src/db/ talks to Prisma; the rest goes through its functions and types.",
      from: { path: "^src/", pathNot: "^src/(db|generated)/" },
      to: { path: "(^src/generated/|@prisma/)", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/|^src/api/web/explorer/client/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
