import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Parser, type Quad } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

const run = promisify(execFile);
let t: TestApp;
let counts: { concepts: number; relations: number };

beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
  const data = await t.app.services.graphData.load();
  counts = { concepts: data.concepts.length, relations: data.relations.length };
});
afterAll(() => t.close());

async function exportText(query: string) {
  const res = await fetch(`${t.url}/api/v1/export?${query}`);
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

function tempFile(name: string, text: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-")), name);
  fs.writeFileSync(file, text);
  return file;
}

describe("exports checked by real tools", () => {
  it("has a seeded graph to export", () => {
    expect(counts.concepts).toBeGreaterThan(50);
    expect(counts.relations).toBeGreaterThan(50);
  });

  // Graphviz lays out the whole seed (~200 nodes, ~650 edges): seconds of CPU, more on a busy machine.
  it(
    "DOT renders with Graphviz (dot -Tsvg) with one node per concept and one edge per relation",
    { timeout: 120_000 },
    async () => {
      const dot = await exportText("format=dot");
      expect(dot.type).toContain("text/vnd.graphviz");
      const { stdout } = await run("dot", ["-Tsvg", tempFile("kg.dot", dot.text)], {
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(stdout).toContain("<svg");
      expect(stdout.match(/class="node"/g)?.length).toBe(counts.concepts);
      expect(stdout.match(/class="edge"/g)?.length).toBe(counts.relations);
    },
  );

  it("GraphML reads in networkx with the right node and edge counts", async () => {
    const graphml = await exportText("format=graphml");
    const file = tempFile("kg.graphml", graphml.text);
    const script =
      "import sys, networkx as nx\n" +
      "g = nx.read_graphml(sys.argv[1], force_multigraph=True)\n" +
      "print(g.number_of_nodes(), g.number_of_edges(), g.nodes['etcd']['name'])";
    const { stdout } = await run("/usr/bin/python3", ["-c", script, file]);
    expect(stdout.trim()).toBe(`${counts.concepts} ${counts.relations} etcd`);
  });

  it("Turtle parses in an RDF library: SKOS concepts, relation properties with inverses", async () => {
    const ttl = await exportText("format=turtle");
    const quads: Quad[] = new Parser({ format: "text/turtle" }).parse(ttl.text);
    const SKOS = "http://www.w3.org/2004/02/skos/core#";
    const concepts = quads.filter(
      (q) => q.predicate.value.endsWith("#type") && q.object.value === `${SKOS}Concept`,
    );
    expect(concepts.length).toBe(counts.concepts);
    const edges = quads.filter((q) => q.predicate.value.startsWith("urn:k8s-kg:relation:"));
    expect(edges.length).toBe(counts.relations);
    const inverse = quads.find(
      (q) =>
        q.subject.value === "urn:k8s-kg:relation:runs-on" &&
        q.predicate.value === "http://www.w3.org/2002/07/owl#inverseOf",
    );
    expect(inverse?.object.value).toBe("urn:k8s-kg:relation:runs-on-inverse");
  });

  it("JSON-LD holds the same concepts and relations", async () => {
    const doc = JSON.parse((await exportText("format=jsonld")).text);
    const nodes = doc["@graph"].filter((n: any) => n["@type"] === "skos:Concept");
    expect(nodes.length).toBe(counts.concepts);
    const edges = nodes.flatMap((n: any) =>
      Object.entries(n)
        .filter(([k]) => k.startsWith("rel:"))
        .flatMap(([, v]) => v as unknown[]),
    );
    expect(edges.length).toBe(counts.relations);
    expect(doc["@context"].skos).toBe("http://www.w3.org/2004/02/skos/core#");
  });

  it("Cypher MERGEs every concept and relation (idempotent statements)", async () => {
    const cypher = (await exportText("format=cypher")).text;
    const lines = cypher.trim().split("\n");
    expect(lines[0]).toMatch(/^CREATE CONSTRAINT .* IF NOT EXISTS/);
    expect(lines.filter((l) => l.startsWith("MERGE (c:Concept {slug: ")).length).toBe(
      counts.concepts,
    );
    expect(
      lines.filter((l) => /^MATCH .* MERGE \(a\)-\[r:`[A-Z_0-9]+`\]->\(b\)/.test(l)).length,
    ).toBe(counts.relations);
    expect(cypher).not.toMatch(/\bCREATE \(/);
  });

  it("CSV comes as two tables, nodes and edges", async () => {
    const nodes = (await exportText("format=csv-nodes")).text;
    const edges = (await exportText("format=csv-edges")).text;
    expect(
      nodes.startsWith(
        "Id,Label,kind,summary,tags,aliases,docsUrl,scope,apiVersion,status,lifecycle\r\n",
      ),
    ).toBe(true);
    expect(
      edges.startsWith(
        "Source,Target,Type,relation,Label,description,since,until,isDefault,note,lifecycle\r\n",
      ),
    ).toBe(true);
    expect(edges.split("\r\n").filter((l) => l.includes(",Directed,")).length).toBe(
      counts.relations,
    );
    expect(nodes.split("\r\n").filter((l) => /^[a-z0-9-]+,/.test(l)).length).toBe(counts.concepts);
  });

  it("Mermaid draws a flowchart, relations that ended dotted", async () => {
    const mmd = (await exportText("format=mermaid")).text.trim().split("\n");
    expect(mmd[0]).toBe("flowchart LR");
    expect(mmd.filter((l) => / (-->|-\.->)\|/.test(l)).length).toBe(counts.relations);
    // dockershim was removed in 1.24: it says so, and its CRI relation ended with it.
    const id = /^ {2}(n\d+)\["dockershim #40;removed#41;"\]$/.exec(
      mmd.find((l) => l.includes('["dockershim ')) ?? "",
    )?.[1];
    expect(id).toBeDefined();
    expect(mmd).toContainEqual(
      expect.stringMatching(new RegExp(`^  ${id} -\\.->\\|"implements CRI"\\|`)),
    );
  });
});

describe("export options", () => {
  it("is deterministic: the same graph gives byte-identical output in every format", async () => {
    for (const f of [
      "json",
      "graphml",
      "dot",
      "cypher",
      "turtle",
      "jsonld",
      "csv-nodes",
      "mermaid",
    ]) {
      const a = await exportText(`format=${f}`);
      const b = await exportText(`format=${f}`);
      expect(a.status).toBe(200);
      expect(a.text).toBe(b.text);
    }
  });

  it("exports the neighbourhood of a root to a depth", async () => {
    const full = JSON.parse((await exportText("format=json")).text);
    const one = JSON.parse((await exportText("format=json&root=etcd&depth=1")).text);
    const neighbours = new Set(["etcd"]);
    for (const r of full.relations) {
      if (r.source === "etcd") neighbours.add(r.target);
      if (r.target === "etcd") neighbours.add(r.source);
    }
    expect(one.concepts.map((c: any) => c.slug).sort()).toEqual([...neighbours].sort());
    for (const r of one.relations) {
      expect(neighbours.has(r.source) && neighbours.has(r.target)).toBe(true);
    }
    const two = JSON.parse((await exportText("format=json&root=etcd")).text);
    expect(two.concepts.length).toBeGreaterThan(one.concepts.length);
    expect(two.concepts.length).toBeLessThan(full.concepts.length);
    const zero = JSON.parse((await exportText("format=json&root=etcd&depth=0")).text);
    expect(zero.concepts.map((c: any) => c.slug)).toEqual(["etcd"]);
  });

  it("refuses an unknown format, root or depth with the field named", async () => {
    const bad = await exportText("format=png");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatchObject({ code: "BAD_USER_INPUT", field: "format" });
    // What people type: "csv" says which two formats to ask for; "TTL" is Turtle.
    const csv = await exportText("format=csv");
    expect(csv.status).toBe(400);
    expect(JSON.parse(csv.text).error.message).toContain('"csv-nodes"');
    const ttl = await exportText("format=TTL");
    expect(ttl.status).toBe(200);
    expect(ttl.text).toContain("@prefix");
    const missing = await exportText("format=dot&root=no-such-thing");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error).toMatchObject({ code: "NOT_FOUND", field: "root" });
    const deep = await exportText("format=dot&root=etcd&depth=99");
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.text).error.field).toBe("depth");
  });
});
