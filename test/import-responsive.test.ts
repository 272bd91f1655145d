import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

/**
 * A long import shares the event loop: health checks (and every other request) are answered
 * while it runs, and its progress shows in the logs. How fast they are answered is measured by
 * the benchmark (`npm run bench`, import phase); here only that they are answered at all.
 */
const IMPORT = `mutation Import($input: ImportInput!) { importGraph(input: $input) { created updated } }`;
const doc = (concepts: object[], relations: object[] = []) =>
  JSON.stringify({ format: "k8s-knowledge-graph", version: 1, concepts, relations });
const concepts = (n: number, summary: string) =>
  Array.from({ length: n }, (_, i) => ({
    slug: `c-${i}`,
    name: `C ${i}`,
    kind: "component",
    summary: `${summary} ${i}.`,
  }));

let t: TestApp;
const log: string[] = [];
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => log.push(...chunk.toString().split("\n").filter(Boolean)));
  t = await startTestApp({ LOG_LEVEL: "info" }, { logStream: stream });
});
afterAll(() => t.close());

/** Runs `work` while polling /healthz; returns the latency of every health check answered meanwhile. */
async function healthDuring(work: () => Promise<unknown>) {
  const latencies: number[] = [];
  let running = true;
  const poller = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`${t.url}/healthz`);
      if (running) latencies.push(performance.now() - started);
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const started = performance.now();
  const result = await work();
  const took = performance.now() - started;
  running = false;
  await poller;
  return { latencies, result, took };
}

// Generous timeouts: on two loaded cores a long import is slow; a hang still fails.
describe("imports share the event loop", { timeout: 120_000 }, () => {
  it("a 10,000-record bulk import (concepts and relations) leaves /healthz answering", async () => {
    const relations = Array.from({ length: 5000 }, (_, i) => ({
      source: `c-${i}`,
      type: "depends-on",
      target: `c-${(i * 7 + 1) % 5000}`,
    }));
    const content = JSON.stringify({
      format: "k8s-knowledge-graph",
      version: 1,
      relationTypes: [{ key: "depends-on", label: "depends on", inverseLabel: "needed by" }],
      concepts: concepts(5000, "First"),
      relations,
    });
    const { latencies, result, took } = await healthDuring(() =>
      t.gql(IMPORT, { input: { format: "json", content } }),
    );
    expect((result as any).errors).toBeUndefined();
    // Answered all along, not once the import is over.
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(took / 2);
  });

  it("record-by-record updates (a dry run) leave /healthz answering and log their progress", async () => {
    const content = doc(concepts(200, "Second"));
    const { latencies, result, took } = await healthDuring(() =>
      t.gql(IMPORT, { input: { format: "json", content, dryRun: true } }),
    );
    expect((result as any).data.importGraph.updated).toBe(200);
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(took / 4);
    const progress = log
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === "import progress" && l.total === 200);
    expect(progress.map((l) => l.percent)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(progress[0]).toMatchObject({ total: 200 });
  });
});
