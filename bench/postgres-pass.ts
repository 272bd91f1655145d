import path from "node:path";
import { type Size, writeKgCsv } from "./graph.js";
import { WORK } from "./options.js";
import { createDatabase, dropDatabase, loadKgTables, migrateKg, pgUrl } from "./postgres.js";
import type { Step } from "./progress.js";
import { startKg } from "./servers.js";
import { type GraphData, type Run, kgSteps, postgraphileW1 } from "./steps.js";
import { PG_KG_W1, W1, kgRelated } from "./workloads.js";

/** The fresh database of the PostgreSQL pass, made again for each size and dropped after it. */
export const PG_DB = "kg_bench_pg";

/** The PostgreSQL pass on one size: the app's W1-W4, then PostGraphile's W1, on one database. */
export function postgresSteps(run: Run, size: Size | "seed", graph: () => GraphData): Step[] {
  const name = `${size} postgres`;
  const at = { size, db: "postgres" as const };
  let expected: { slug: string; related: string[] } | undefined;
  return [
    {
      label: `${name}: create ${PG_DB}, migrate, load the graph`,
      run: () => {
        createDatabase(PG_DB);
        migrateKg(PG_DB);
        const g = graph().g;
        if (!g) return; // the seed: the server loads it on start
        const csv = path.join(WORK, `${size}-kg-csv`);
        writeKgCsv(csv, g);
        const load = loadKgTables(PG_DB, csv, g.n + g.edges.length);
        run.extra[`load_pg_${size}`] = load;
        run.log(
          `${name}: COPY of ${load.rows} rows in ${load.seconds.toFixed(2)} s (${load.rowsPerSecond.toFixed(0)} rows/s)`,
        );
      },
    },
    ...kgSteps(run, at, () => startKg(pgUrl(PG_DB), { seed: size === "seed" }), graph, {
      // kg's W1 answer for one slug, which PostGraphile's must match.
      beforeStop: async (kg) => {
        const slug = graph().w.sample[0]!;
        const res = await fetch(`${kg.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: W1, variables: { slug } }),
        });
        expected = { slug, related: kgRelated(await res.json()) };
      },
    }),
    ...(run.opts.withPostgraphile
      ? [
          {
            label: `${name} postgraphile W1 (the same database)`,
            run: () => postgraphileW1(run, at, pgUrl(PG_DB), PG_KG_W1, graph().w.sample, expected),
          },
        ]
      : []),
    { label: `${name}: drop ${PG_DB}`, run: () => dropDatabase(PG_DB) },
  ];
}
