import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type BenchJson,
  RESULTS_DIR,
  type Result,
  type ServerName,
  TARGETS,
  find,
} from "./report.js";

// SVG bar charts of a run (bench/results/latest.json), written beside it. Usage:
// npm run bench:charts [-- path/to/latest.json]   (npm run bench writes them at the end of a run)

interface Target {
  value: number;
  kind: "min" | "max";
}
interface Bar {
  /** Legend entry (and colour) of the bar. */
  series: string;
  value: number;
  /** Dashed lines across the bar: what it must reach (min) or stay under (max). */
  targets?: Target[];
}
interface Group {
  label: string;
  bars: Bar[];
  /** Lines under the group's label: the ratios and their targets. */
  notes: string[];
}
interface Chart {
  title: string;
  unit: "req/s" | "ms";
  series: Record<string, string>;
  groups: Group[];
}

// Okabe-Ito colours: told apart with the common colour-vision deficiencies.
const C = {
  blue: "#0072B2",
  orange: "#E69F00",
  sky: "#56B4E9",
  green: "#009E73",
  red: "#D55E00",
  grey: "#999999",
  purple: "#CC79A7",
  yellow: "#F0E442",
};
const MET = C.green;
const MISSED = C.red;
/** A white outline under a bar's value, so that a target line through it leaves it readable. */
const HALO = `paint-order="stroke" stroke="#ffffff" stroke-width="3"`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (v: number, unit: Chart["unit"]) =>
  unit === "ms" ? (v >= 10 ? v.toFixed(1) : v.toFixed(2)) : Math.round(v).toString();
const ratio = (x: number) => `${x.toFixed(2)}x`;
const verdict = (x: number, t: { min?: number; max?: number }) =>
  "min" in t && t.min !== undefined
    ? `${ratio(x)} (target ≥ ${t.min}x: ${x >= t.min ? "met" : "not met"})`
    : `${ratio(x)} (target ≤ ${t.max}x: ${x <= t.max! ? "met" : "not met"})`;

/** A round step for about five grid lines up to `max`. */
function gridStep(max: number) {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
}

/** One grouped bar chart as an SVG document: bars with their values, targets, legend and notes. */
export function barChart(chart: Chart): string {
  const BAR = 34;
  const GAP = 6;
  const GROUP_GAP = 40;
  const LEFT = 70;
  const TOP = 64;
  const PLOT = 260;
  const noteLines = Math.max(1, ...chart.groups.map((g) => g.notes.length));
  const groupWidth = (g: Group) => Math.max(g.bars.length * (BAR + GAP) - GAP, 150);
  // Wide enough for the groups, the title and the legend (text widths estimated from its length).
  const legendWidth =
    Object.keys(chart.series).reduce((sum, name) => sum + 24 + name.length * 6.5, 0) + 250;
  const width = Math.ceil(
    Math.max(
      LEFT + chart.groups.reduce((sum, g) => sum + groupWidth(g) + GROUP_GAP, 0) + 20,
      LEFT + chart.title.length * 8 + 20,
      LEFT + legendWidth + 20,
    ),
  );
  const height = TOP + PLOT + 36 + noteLines * 14 + 16;
  const values = chart.groups.flatMap((g) =>
    g.bars.flatMap((b) => [b.value, ...(b.targets ?? []).map((t) => t.value)]),
  );
  const step = gridStep(Math.max(...values, 1e-9) * 1.08);
  const top = Math.ceil((Math.max(...values, 1e-9) * 1.08) / step) * step;
  const y = (v: number) => TOP + PLOT - (v / top) * PLOT;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="22" font-size="14" font-weight="bold">${esc(chart.title)}</text>`,
  ];
  // Legend: one swatch per series, then the target marks.
  let lx = LEFT;
  for (const [name, colour] of Object.entries(chart.series)) {
    out.push(`<rect x="${lx}" y="34" width="10" height="10" fill="${colour}"/>`);
    out.push(`<text x="${lx + 14}" y="43">${esc(name)}</text>`);
    lx += 24 + name.length * 6.5;
  }
  out.push(
    `<line x1="${lx}" y1="39" x2="${lx + 18}" y2="39" stroke="${MET}" stroke-width="2" stroke-dasharray="4 3"/>`,
    `<line x1="${lx + 22}" y1="39" x2="${lx + 40}" y2="39" stroke="${MISSED}" stroke-width="2" stroke-dasharray="4 3"/>`,
    `<text x="${lx + 44}" y="43">target on that bar: met / not met</text>`,
  );
  for (let v = 0; v <= top + step / 2; v += step) {
    out.push(
      `<line x1="${LEFT}" y1="${y(v)}" x2="${width - 20}" y2="${y(v)}" stroke="#e0e0e0"/>`,
      `<text x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end">${fmt(v, chart.unit)}</text>`,
    );
  }
  out.push(
    `<text transform="translate(16 ${TOP + PLOT / 2}) rotate(-90)" text-anchor="middle">${chart.unit}</text>`,
  );
  let x = LEFT + GROUP_GAP / 2;
  for (const g of chart.groups) {
    const w = groupWidth(g);
    let bx = x + (w - (g.bars.length * (BAR + GAP) - GAP)) / 2;
    for (const b of g.bars) {
      const colour = chart.series[b.series] ?? C.grey;
      const label = `${g.label}, ${b.series}: ${fmt(b.value, chart.unit)} ${chart.unit}`;
      out.push(
        `<rect x="${bx}" y="${y(b.value)}" width="${BAR}" height="${TOP + PLOT - y(b.value)}" fill="${colour}"><title>${esc(label)}</title></rect>`,
        `<text x="${bx + BAR / 2}" y="${y(b.value) - 4}" text-anchor="middle" font-size="10" ${HALO}>${fmt(b.value, chart.unit)}</text>`,
      );
      for (const t of b.targets ?? []) {
        const met = t.kind === "min" ? b.value >= t.value : b.value <= t.value;
        out.push(
          `<line x1="${bx - 4}" y1="${y(t.value)}" x2="${bx + BAR + 4}" y2="${y(t.value)}" stroke="${met ? MET : MISSED}" stroke-width="2" stroke-dasharray="4 3"><title>${esc(`target: ${t.kind === "min" ? "at least" : "at most"} ${fmt(t.value, chart.unit)} ${chart.unit}`)}</title></line>`,
        );
      }
      bx += BAR + GAP;
    }
    out.push(
      `<text x="${x + w / 2}" y="${TOP + PLOT + 18}" text-anchor="middle" font-weight="bold">${esc(g.label)}</text>`,
    );
    g.notes.forEach((n, i) =>
      out.push(
        `<text x="${x + w / 2}" y="${TOP + PLOT + 34 + i * 14}" text-anchor="middle" font-size="10">${esc(n)}</text>`,
      ),
    );
    x += w + GROUP_GAP;
  }
  out.push(
    `<line x1="${LEFT}" y1="${TOP + PLOT}" x2="${width - 20}" y2="${TOP + PLOT}" stroke="#333"/>`,
  );
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

const SIZE_ORDER = ["seed", "S", "L"];
const sizesOf = (results: Result[], db: "sqlite" | "postgres") =>
  SIZE_ORDER.filter((s) => find(results, "W1", s, "kg", db));

/** W1 by server on each size, the app on SQLite. */
function w1Servers(results: Result[]): Chart {
  const servers: [ServerName, string, string][] = [
    ["kg", "kg", C.blue],
    ["baseline", "raw baseline", C.grey],
    ["postgraphile", "PostGraphile", C.orange],
    ["ceiling", "ceiling (HTTP + JSON)", C.sky],
  ];
  return {
    title: "W1 (a concept by slug): requests per second by server, the app on SQLite",
    unit: "req/s",
    series: Object.fromEntries(servers.map(([, name, colour]) => [name, colour])),
    groups: sizesOf(results, "sqlite").map((s) => {
      const row = (server: ServerName) => find(results, "W1", s, server);
      const kg = row("kg")!;
      const base = row("baseline");
      const pg = row("postgraphile");
      const ceiling = row("ceiling");
      const targets: Target[] = [];
      const notes: string[] = [];
      if (base) {
        targets.push({ value: base.rps * TARGETS.w1VsBaseline.min, kind: "min" });
        notes.push(`vs baseline ${verdict(kg.rps / base.rps, TARGETS.w1VsBaseline)}`);
      }
      if (pg) {
        targets.push({ value: pg.rps * TARGETS.w1VsPostgraphile.min, kind: "min" });
        notes.push(`vs PostGraphile ${verdict(kg.rps / pg.rps, TARGETS.w1VsPostgraphile)}`);
      }
      if (ceiling) notes.push(`vs ceiling ${ratio(kg.rps / ceiling.rps)}`);
      return {
        label: s,
        notes,
        bars: servers.flatMap(([server, name]) => {
          const r = row(server);
          return r ? [{ series: name, value: r.rps, ...(server === "kg" ? { targets } : {}) }] : [];
        }),
      };
    }),
  };
}

/** The app's W1-W5 on each size (SQLite), with L against 0.7x S. */
function workloadsBySize(results: Result[]): Chart {
  const sizes = sizesOf(results, "sqlite");
  const colours = [C.purple, C.sky, C.blue];
  return {
    title: "The app's workloads on SQLite: requests per second by graph size",
    unit: "req/s",
    series: Object.fromEntries(
      sizes.map((s, i) => [s, colours[SIZE_ORDER.indexOf(s)] ?? colours[i]!]),
    ),
    groups: ["W1", "W2", "W3", "W4", "W5"].flatMap((w) => {
      const small = find(results, w, "S", "kg");
      const large = find(results, w, "L", "kg");
      const bars = sizes.flatMap((s) => {
        const r = find(results, w, s, "kg");
        if (!r) return [];
        const targets: Target[] =
          s === "L" && small ? [{ value: small.rps * TARGETS.lVsS.min, kind: "min" }] : [];
        return [{ series: s, value: r.rps, targets }];
      });
      if (bars.length === 0) return [];
      const notes =
        small && large ? [`L vs S ${verdict(large.rps / small.rps, TARGETS.lVsS)}`] : [];
      return [{ label: w, bars, notes }];
    }),
  };
}

/** p50 of W1-W3 on each size and database, W2 and W3 against 2x W1's. */
function latency(results: Result[]): Chart {
  const groups: Group[] = [];
  for (const db of ["sqlite", "postgres"] as const) {
    for (const s of sizesOf(results, db)) {
      const w1 = find(results, "W1", s, "kg", db)!;
      const limit = w1.p50_ms * TARGETS.p50VsW1.max;
      const bars: Bar[] = [{ series: "W1", value: w1.p50_ms }];
      const notes: string[] = [];
      for (const w of ["W2", "W3"]) {
        const r = find(results, w, s, "kg", db);
        if (!r) continue;
        bars.push({ series: w, value: r.p50_ms, targets: [{ value: limit, kind: "max" }] });
        notes.push(`${w} ${verdict(r.p50_ms / w1.p50_ms, TARGETS.p50VsW1)}`);
      }
      groups.push({ label: `${s}, ${db === "sqlite" ? "SQLite" : "PostgreSQL"}`, bars, notes });
    }
  }
  return {
    title: "Median latency (p50) of W1, W2 and W3: W2 and W3 at most 2x W1's",
    unit: "ms",
    series: { W1: C.blue, W2: C.orange, W3: C.green },
    groups,
  };
}

/** The PostgreSQL pass: the app's W1-W4 and PostGraphile's W1 on the same database. */
function postgres(results: Result[]): Chart {
  const workloads = ["W1", "W2", "W3", "W4"];
  const colours = [C.blue, C.sky, C.green, C.purple];
  return {
    title: "On PostgreSQL: the app's W1-W4 and PostGraphile's W1, same database and graph",
    unit: "req/s",
    series: {
      ...Object.fromEntries(workloads.map((w, i) => [`kg ${w}`, colours[i]!])),
      "PostGraphile W1": C.orange,
    },
    groups: sizesOf(results, "postgres").map((s) => {
      const kg = find(results, "W1", s, "kg", "postgres")!;
      const pg = find(results, "W1", s, "postgraphile", "postgres");
      const bars: Bar[] = workloads.flatMap((w) => {
        const r = find(results, w, s, "kg", "postgres");
        if (!r) return [];
        const targets: Target[] =
          w === "W1" && pg ? [{ value: pg.rps * TARGETS.pgW1VsPostgraphile.min, kind: "min" }] : [];
        return [{ series: `kg ${w}`, value: r.rps, targets }];
      });
      if (pg) bars.push({ series: "PostGraphile W1", value: pg.rps });
      const notes = pg
        ? [`W1 vs PostGraphile ${verdict(kg.rps / pg.rps, TARGETS.pgW1VsPostgraphile)}`]
        : [];
      return { label: s, bars, notes };
    }),
  };
}

/** Every chart file name, whether or not a run has the rows for it. */
export const CHART_FILES = ["w1-servers.svg", "workloads.svg", "latency.svg", "postgres.svg"];

/** The charts of a run, by file name; a chart without rows in this run is left out. */
export function renderCharts(json: BenchJson): Record<string, string> {
  const charts: Record<string, Chart> = {
    "w1-servers.svg": w1Servers(json.results),
    "workloads.svg": workloadsBySize(json.results),
    "latency.svg": latency(json.results),
    "postgres.svg": postgres(json.results),
  };
  return Object.fromEntries(
    Object.entries(charts)
      .filter(([, chart]) => chart.groups.length > 0)
      .map(([file, chart]) => [file, barChart(chart)]),
  );
}

/** Writes the charts of `json` into `dir`, removing those this run has no rows for; returns the files. */
export function writeCharts(json: BenchJson, dir = RESULTS_DIR): string[] {
  const charts = renderCharts(json);
  for (const file of CHART_FILES) {
    const target = path.join(dir, file);
    if (charts[file] === undefined) fs.rmSync(target, { force: true });
    else fs.writeFileSync(target, charts[file]);
  }
  return Object.keys(charts).map((f) => path.join(dir, f));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.resolve(process.argv[2] ?? path.join(RESULTS_DIR, "latest.json"));
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as BenchJson;
  for (const written of writeCharts(json, path.dirname(file))) {
    console.log(`wrote ${path.relative(process.cwd(), written)}`);
  }
}
