import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCS_URI, NOTES_URI, WEB_URI, lintGraph } from "../src/graph/lint/knowledge-lint.js";
import type { GraphData } from "../src/graph/transfer/graph-data.js";
import { type TestApp, startTestApp } from "./helpers.js";

// The knowledge lint: over the seed (on both databases), rule by rule, and as `kg lint`.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
});
afterAll(() => t.close());

describe("the seed", () => {
  it("passes the knowledge lint: every concept described, every citation resolving", async () => {
    expect(lintGraph(await t.app.services.graphData.load())).toEqual([]);
  });
});

const concept = (slug: string, extra: Partial<GraphData["concepts"][number]> = {}) => ({
  slug,
  name: slug.toUpperCase(),
  kind: "concept",
  summary: "One sentence.",
  description: "Some words, e.g. these. More words.",
  docsUrl: null,
  scope: null,
  apiVersion: null,
  lifecycle: [],
  tags: [],
  aliases: [],
  sources: [],
  ...extra,
});

const type = (key: string, extra: Partial<GraphData["relationTypes"][number]> = {}) => ({
  key,
  label: key,
  inverseLabel: key,
  description: "",
  sourceKinds: null,
  targetKinds: null,
  symmetric: false,
  parent: null,
  ...extra,
});

const relation = (
  source: string,
  typeKey: string,
  target: string,
  extra: Partial<GraphData["relations"][number]> = {},
) => ({
  source,
  type: typeKey,
  target,
  description: null,
  qualifiers: null,
  lifecycle: [],
  sources: [],
  ...extra,
});

/** A small consistent graph to break one rule at a time. */
function graph(): GraphData {
  return {
    sources: [],
    relationTypes: [
      type("implements"),
      type("implements-cni", { parent: "implements", sourceKinds: ["plugin"] }),
      type("superseded-by"),
      type("references"),
    ],
    concepts: [
      concept("calico", { kind: "plugin", sources: [{ uri: NOTES_URI, locator: "L10" }] }),
      concept("cni", { kind: "interface", sources: [{ uri: DOCS_URI, locator: "/docs/x/" }] }),
      concept("psp", {
        sources: [{ uri: DOCS_URI, locator: "/docs/psp/" }],
        lifecycle: [
          { status: "deprecated", since: "1.21", cite: "/docs/psp/" },
          { status: "removed", since: "1.25", cite: "https://kubernetes.io/blog/" },
        ],
      }),
      concept("psa", { sources: [{ uri: WEB_URI, locator: "https://example.org/psa" }] }),
    ],
    relations: [
      relation("calico", "implements-cni", "cni"),
      relation("psp", "superseded-by", "psa", { qualifiers: qualifiers({ since: "1.21" }) }),
      relation("calico", "references", "cni"),
      relation("psa", "references", "psp"),
    ],
    notes: [],
  };
}

function qualifiers(q: Partial<NonNullable<GraphData["relations"][number]["qualifiers"]>>) {
  return { since: null, until: null, isDefault: null, note: null, cite: null, ...q };
}

const rules = (g: GraphData) => lintGraph(g).map((p) => `${p.rule} ${p.subject}`);

describe("rules", () => {
  it("a consistent graph has no problem", () => {
    expect(lintGraph(graph())).toEqual([]);
  });

  it("kinds: a relation's ends must have the kinds its type allows", () => {
    const g = graph();
    g.concepts[0]!.kind = "tool";
    expect(rules(g)).toEqual(["kinds calico implements-cni cni"]);
  });

  it("superseded-by must not go round", () => {
    const g = graph();
    g.relations.push(relation("psa", "superseded-by", "psp"));
    expect(rules(g)).toContain("superseded-cycle psp");
  });

  it("nothing holds after a removal: its end's, or its own", () => {
    const g = graph();
    g.relations[1]!.qualifiers = qualifiers({ since: "1.21", until: "1.30" });
    expect(rules(g)).toEqual(["after-removal psp superseded-by psa"]);
    const own = graph();
    own.concepts[2]!.lifecycle.push({ status: "stable", since: "1.27", cite: "" });
    expect(rules(own)).toEqual(["after-removal psp"]);
  });

  it("citations resolve: notes lines up to 44, docs paths under /docs/ or URLs, web URLs", () => {
    const g = graph();
    g.concepts[0]!.sources = [{ uri: NOTES_URI, locator: "L45-L47" }];
    g.concepts[1]!.sources = [{ uri: DOCS_URI, locator: "concepts/pods" }];
    g.concepts[3]!.sources = [{ uri: WEB_URI, locator: "example.org" }];
    g.relations[1]!.qualifiers = qualifiers({ cite: "notes:L99" });
    expect(rules(g)).toEqual([
      "citation calico",
      "citation cni",
      "citation psa",
      "citation psp superseded-by psa",
    ]);
  });

  it("every concept is described, and an alias names one concept only", () => {
    const g = graph();
    g.concepts[0]!.description = " ";
    g.concepts[1]!.aliases = ["Calico"];
    expect(rules(g)).toEqual(["described calico", "alias cni"]);
  });

  it("a description says two to five sentences, by ICU's sentence segmentation", () => {
    const g = graph();
    g.concepts[0]!.description = "Only one, i.e. a single sentence.";
    g.concepts[1]!.description = "One. Two. Three. Four. Five. Six.";
    g.concepts[3]!.description = "One. Two. Three. Four. Five.";
    expect(lintGraph(g).map((p) => `${p.rule} ${p.subject}: ${p.message}`)).toEqual([
      "described calico: its description has 1 sentence(s), not 2 to 5",
      "described cni: its description has 6 sentence(s), not 2 to 5",
    ]);
  });

  it("every concept cites a source and has at least two relations", () => {
    const g = graph();
    g.concepts[3]!.sources = [];
    g.relations.pop();
    expect(rules(g)).toEqual(["connected psp", "cited psa", "connected psa"]);
  });
});

describe("kg lint", () => {
  const KG = path.resolve(import.meta.dirname, "../bin/kg.js");
  const lint = (file: string) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, [KG, "lint", file], (err, stdout) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout }),
      );
    });

  it("exits 0 on a consistent JSON export and 1, listing each problem, on one with problems", async () => {
    const file = (g: GraphData, name: string) => {
      const f = path.join(t.dir, name);
      fs.writeFileSync(f, JSON.stringify({ format: "k8s-knowledge-graph", version: 1, ...g }));
      return f;
    };
    expect((await lint(file(graph(), "good.json"))).code).toBe(0);
    const bad = graph();
    bad.relations.push(relation("psa", "superseded-by", "psp"));
    const result = await lint(file(bad, "bad.json"));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "superseded-cycle\tpsp\tsuperseded-by goes round: psp -> psa -> psp",
    );
  });
});
