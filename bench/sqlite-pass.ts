import fs from "node:fs";
import path from "node:path";
import { HEAP_MB, SIZES, type Size, buildSqlite, writeCsv } from "./graph.js";
import { measureInChild } from "./import.js";
import { measure } from "./measure.js";
import { ROOT, WORK } from "./options.js";
import { loadBenchTables, pgUrl } from "./postgres.js";
import type { Step } from "./progress.js";
import {
  type Server,
  createEditorKey,
  startBaseline,
  startCeiling,
  startKg,
  stop,
} from "./servers.js";
import { type GraphData, type Run, kgSteps, postgraphileW1, record } from "./steps.js";
import { PG_W1, W1, mixed, rotating } from "./workloads.js";

/** The database of the SQLite pass's PostGraphile row: the graph in the bench's own tables. */
const PG_OWN_TABLES_DB = "kg_bench";

/** W1 from this build and from the --against build, alternating, each on its own copy of `file`. */
function compareSteps(run: Run, size: string, file: string, graph: () => GraphData): Step[] {
  if (!run.againstRoot || !run.opts.against) return [];
  const against = run.opts.against;
  const sides = [
    { server: "kg", root: ROOT },
    { server: `kg@${against}`, root: run.againstRoot },
  ];
  const rps: Record<string, number[]> = {};
  const steps: Step[] = [];
  for (let round = 0; round < run.opts.rounds; round++) {
    for (const side of sides) {
      steps.push({
        label: `${size} sqlite W1 ${side.server} (round ${round + 1}/${run.opts.rounds})`,
        run: async () => {
          const copy = `${file}.${side.server.replace(/[^a-z0-9]/gi, "_")}.db`;
          for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
          fs.copyFileSync(file, copy);
          const kg = await startKg(`file:${copy}`, { seed: false, port: 4603, root: side.root });
          const bySlug = graph().w.sample.map((slug) => ({ slug }));
          const m = await measure(kg.url, rotating(W1, bySlug), run.timing);
          await stop(kg.child);
          (rps[side.server] ??= []).push(m.rps);
          run.log(`${size} W1 ${side.server} (round ${round + 1}): ${m.rps.toFixed(0)} req/s`);
        },
      });
    }
  }
  steps.push({
    label: `${size} sqlite W1: medians of this build and ${against}`,
    run: () => {
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const [now, then] = sides.map((side) => median(rps[side.server]!));
      run.extra[`against_${size}`] = { revision: against, rounds: rps, ratio: now! / then! };
      run.log(
        `${size} W1 median: this build ${now!.toFixed(0)}, ${against} ${then!.toFixed(0)} req/s (${(now! / then!).toFixed(2)}x)`,
      );
    },
  });
  return steps;
}

/** The SQLite pass on one size: the app, the raw baseline, the ceiling and PostGraphile. */
export function sqliteSteps(run: Run, size: Size | "seed", graph: () => GraphData): Step[] {
  const name = `${size} sqlite`;
  const at = { size, db: "sqlite" as const };
  const file = path.join(WORK, `${size}.db`);
  const bySlug = () => graph().w.sample.map((slug) => ({ slug }));
  const fresh: Step = {
    label: `${name}: build the database`,
    run: async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      const g = graph().g;
      if (g) await buildSqlite(file, g);
    },
  };
  if (run.opts.onlyAgainst && size !== "seed")
    return [fresh, ...compareSteps(run, size, file, graph)];
  const steps: Step[] = [fresh];
  if (size !== "seed") {
    steps.push({
      // The import path users have (`kg import` of the graph as the project's JSON) against the
      // raw insert, each in a process of its own.
      label: `${name}: kg import against the raw insert`,
      run: () => {
        const raw = measureInChild(size, "raw");
        const viaImport = measureInChild(size, "import");
        const ratio = viaImport.recordsPerSecond! / raw.rowsPerSecond!;
        run.extra[`import_${size}`] = { raw, kg_import: viaImport, ratio };
        run.log(
          `${size}: ${SIZES[size].concepts} concepts / ${SIZES[size].relations} relations; raw insert ${raw.rowsPerSecond!.toFixed(0)} rows/s, kg import ${viaImport.recordsPerSecond!.toFixed(0)} records/s (${ratio.toFixed(2)}x)`,
        );
      },
    });
  }
  const ceilingBodies = path.join(WORK, `ceiling-${size}.json`);
  let key = "";
  const violations = { count: 0, checked: 0 };
  steps.push(
    ...kgSteps(
      run,
      at,
      async () => {
        // Writes need an editor key: made on the machine, as `kg keys create` does.
        key = createEditorKey(file);
        return startKg(`file:${file}`, { seed: size === "seed", heapMb: HEAP_MB[size] });
      },
      graph,
      {
        w5: {
          // The ceiling row's answers: this server's own W1 bodies, byte for byte, before W5 writes.
          before: async (kg) => {
            const bodies: Record<string, string> = {};
            for (const slug of new Set(graph().w.sample)) {
              const res = await fetch(`${kg.url}/graphql`, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ query: W1, variables: { slug } }),
              });
              bodies[slug] = await res.text();
            }
            fs.writeFileSync(ceilingBodies, JSON.stringify(bodies));
          },
          requests: () => mixed(graph().slugs, graph().w.sample, violations, key),
        },
        beforeStop: async () => {
          run.extra[`kg_${size}`] = {
            ...(run.extra[`kg_${size}`] as object),
            read_your_writes: violations,
          };
          run.log(
            `${name} kg: read-your-writes violations ${violations.count}/${violations.checked}`,
          );
        },
      },
    ),
  );
  steps.push(...compareSteps(run, size, file, graph));
  /** W1 against a server of the comparison, started by `start` and stopped after. */
  const w1Of = (server: "baseline" | "ceiling", start: () => Promise<Server>): Step => ({
    label: `${name} ${server} W1`,
    run: async () => {
      const started = await start();
      await record(run, { ...at, server, workload: "W1" }, started.url, rotating(W1, bySlug()));
      await stop(started.child);
    },
  });
  steps.push(
    w1Of("baseline", () => startBaseline(file)),
    w1Of("ceiling", () => startCeiling(ceilingBodies, graph().w.sample[0]!)),
  );
  if (size !== "seed" && run.opts.withPostgraphile) {
    steps.push({
      label: `${name} postgraphile W1 (its own tables in PostgreSQL)`,
      run: async () => {
        const csv = path.join(WORK, `${size}-csv`);
        writeCsv(csv, graph().g!);
        loadBenchTables(PG_OWN_TABLES_DB, csv);
        await postgraphileW1(run, at, pgUrl(PG_OWN_TABLES_DB), PG_W1, graph().w.sample);
      },
    });
  }
  return steps;
}
