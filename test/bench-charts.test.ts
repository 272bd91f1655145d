import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCharts, writeCharts } from "../bench/charts.js";
import type { BenchJson, Result } from "../bench/report.js";

/** A measured row; p99 and errors do not show in the charts. */
const row = (
  workload: string,
  size: string,
  server: Result["server"],
  rps: number,
  p50_ms: number,
  db: Result["db"] = "sqlite",
): Result => ({ workload, size, db, server, rps, p50_ms, p99_ms: p50_ms * 3, errors: 0 });

/** A run on S and L with both passes; the PostgreSQL pass's W1 misses its target on L. */
function run(withPostgres = true): BenchJson {
  const results: Result[] = [
    row("W1", "S", "kg", 6001.4, 1.25),
    row("W2", "S", "kg", 3702, 2.3),
    row("W3", "S", "kg", 8203, 0.93),
    row("W4", "S", "kg", 1499, 6.4),
    row("W5", "S", "kg", 811, 10.2),
    row("W1", "S", "baseline", 5790, 1.4),
    row("W1", "S", "ceiling", 22410, 0.35),
    row("W1", "S", "postgraphile", 1031, 8.2),
    row("W1", "L", "kg", 5911, 1.36),
    row("W2", "L", "kg", 2807, 3.3),
    row("W3", "L", "kg", 4021, 2.4),
    row("W4", "L", "kg", 561, 17.5),
    row("W5", "L", "kg", 777, 11.6),
    row("W1", "L", "baseline", 5560, 1.5),
    row("W1", "L", "postgraphile", 1077, 7.9),
  ];
  if (withPostgres) {
    results.push(
      row("W1", "L", "kg", 1404, 6.71, "postgres"),
      row("W2", "L", "kg", 1302, 7.12, "postgres"),
      row("W3", "L", "kg", 2203, 4.02, "postgres"),
      row("W4", "L", "kg", 383, 24.6, "postgres"),
      row("W1", "L", "postgraphile", 1003, 9.8, "postgres"),
    );
  }
  return {
    ran_at: "2026-12-06T00:00:00.000Z",
    sizes: ["S", "L"],
    duration_s: 10,
    results,
    ratios: {},
  };
}

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?!(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/;
const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** A small strict XML parser: throws on an unbalanced tag, an unquoted attribute or a bare `&`. */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  const token = /<[^>]*>|[^<]+/g;
  for (const [t] of xml.matchAll(token)) {
    const top = stack.at(-1)!;
    if (!t.startsWith("<")) {
      if (t.includes(">") || ENTITY.test(t)) throw new Error(`bad text: ${t}`);
      if (t.trim() && top === root) throw new Error(`text outside the root: ${t}`);
      top.text += decode(t);
      continue;
    }
    const close = /^<\/([A-Za-z][\w:-]*)\s*>$/.exec(t);
    if (close) {
      if (top.name !== close[1]) throw new Error(`</${close[1]}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const open = /^<([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(t);
    if (!open) throw new Error(`bad tag: ${t}`);
    const attrs: Record<string, string> = {};
    for (const [, k, v] of open[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      if (ENTITY.test(v!)) throw new Error(`bad attribute value: ${v}`);
      if (k! in attrs) throw new Error(`attribute ${k} twice in ${t}`);
      attrs[k!] = decode(v!);
    }
    const element: XmlElement = { name: open[1]!, attrs, children: [], text: "" };
    top.children.push(element);
    if (!open[3]) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
  if (root.children.length !== 1) throw new Error("not exactly one root element");
  return root.children[0]!;
}

const all = (e: XmlElement): XmlElement[] => [e, ...e.children.flatMap(all)];
/** The text of every <text> element (what a reader sees written on the chart). */
const texts = (svg: string) =>
  all(parseXml(svg))
    .filter((e) => e.name === "text")
    .map((e) => e.text);

describe("bench charts", () => {
  const charts = renderCharts(run());

  it("render each chart as one well-formed SVG document", () => {
    expect(Object.keys(charts).sort()).toEqual([
      "latency.svg",
      "postgres.svg",
      "w1-servers.svg",
      "workloads.svg",
    ]);
    for (const svg of Object.values(charts)) {
      const root = parseXml(svg);
      expect(root.name).toBe("svg");
      expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
      expect(Number(root.attrs.width)).toBeGreaterThan(0);
    }
  });

  it("write each bar's value, and the ratios with their targets", () => {
    const w1 = texts(charts["w1-servers.svg"]!);
    for (const value of ["6001", "5790", "22410", "1031", "5911", "5560", "1077"]) {
      expect(w1).toContain(value);
    }
    expect(w1).toContain("vs baseline 1.04x (target ≥ 0.7x: met)");
    expect(w1).toContain("vs PostGraphile 5.49x (target ≥ 1x: met)");
    expect(w1).toContain("vs ceiling 0.27x");

    const workloads = texts(charts["workloads.svg"]!);
    for (const value of ["3702", "2807", "811", "777"]) expect(workloads).toContain(value);
    expect(workloads).toContain("L vs S 0.37x (target ≥ 0.7x: not met)");

    const latency = texts(charts["latency.svg"]!);
    for (const value of ["1.25", "2.30", "3.30", "6.71", "7.12"]) expect(latency).toContain(value);
    expect(latency).toContain("W2 2.43x (target ≤ 2x: not met)");
    expect(latency).toContain("L, PostgreSQL");

    const pg = texts(charts["postgres.svg"]!);
    for (const value of ["1404", "1302", "2203", "383", "1003"]) expect(pg).toContain(value);
    expect(pg).toContain("W1 vs PostGraphile 1.40x (target ≥ 1.5x: not met)");
  });

  it("draw each target as a dashed line across its bar, coloured by whether it is met", () => {
    const lines = (svg: string) =>
      all(parseXml(svg)).filter((e) => e.name === "line" && e.attrs["stroke-dasharray"]);
    // kg's W1 on PostgreSQL, L: the target is 1.5x PostGraphile's 1003 req/s, and missed.
    const target = lines(charts["postgres.svg"]!).find((l) =>
      l.children.some((c) => c.name === "title" && c.text.includes("at least 1505 req/s")),
    );
    expect(target?.attrs.stroke).toBe("#D55E00");
    // kg's W1 on SQLite, S: at least 0.7x the baseline's 5790, met.
    const met = lines(charts["w1-servers.svg"]!).find((l) =>
      l.children.some((c) => c.name === "title" && c.text.includes("at least 4053 req/s")),
    );
    expect(met?.attrs.stroke).toBe("#009E73");
  });

  it("leave out the PostgreSQL chart of a run without that pass, and remove a stale one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-charts-"));
    try {
      fs.writeFileSync(path.join(dir, "postgres.svg"), "<svg/>");
      const written = writeCharts(run(false), dir).map((f) => path.basename(f));
      expect(written.sort()).toEqual(["latency.svg", "w1-servers.svg", "workloads.svg"]);
      expect(fs.readdirSync(dir).sort()).toEqual(written);
      expect(texts(fs.readFileSync(path.join(dir, "latency.svg"), "utf8"))).not.toContain(
        "L, PostgreSQL",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reject what is not well-formed (the parser checks what it should)", () => {
    expect(() => parseXml("<svg><text>a & b</text></svg>")).toThrow(/bad text/);
    expect(() => parseXml("<svg><g></svg>")).toThrow(/closes/);
    expect(() => parseXml("<svg width=3></svg>")).toThrow(/bad tag/);
  });
});
