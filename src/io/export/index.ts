import { BadUserInputError } from "../../errors.js";
import type { GraphData } from "../../graph/transfer/graph-data.js";
import type { TraversalService } from "../../graph/traversal/traversal.service.js";
import { toCsvEdges, toCsvNodes } from "./csv.js";
import { toCypher } from "./cypher.js";
import { toDot } from "./dot.js";
import { toGraphml } from "./graphml.js";
import { toJson } from "./json.js";
import { toMermaid } from "./mermaid.js";
import { neighbourhood } from "./neighbourhood.js";
import { toJsonLd, toTurtle } from "./rdf.js";

interface Exporter {
  contentType: string;
  extension: string;
  render(data: GraphData): string;
}

/** Every export format: a pure function from graph data to text, with its media type. */
export const EXPORTERS = {
  json: { contentType: "application/json", extension: "json", render: toJson },
  graphml: { contentType: "application/graphml+xml", extension: "graphml", render: toGraphml },
  dot: { contentType: "text/vnd.graphviz", extension: "dot", render: toDot },
  cypher: { contentType: "application/x-cypher-query", extension: "cypher", render: toCypher },
  turtle: { contentType: "text/turtle", extension: "ttl", render: toTurtle },
  jsonld: { contentType: "application/ld+json", extension: "jsonld", render: toJsonLd },
  "csv-nodes": { contentType: "text/csv", extension: "nodes.csv", render: toCsvNodes },
  "csv-edges": { contentType: "text/csv", extension: "edges.csv", render: toCsvEdges },
  mermaid: { contentType: "text/vnd.mermaid", extension: "mmd", render: toMermaid },
} satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORTERS;
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

export interface ExportOptions {
  format: string;
  /** Slug of the concept whose neighbourhood to export; the whole graph when absent. */
  root?: string | null;
  /** How many relations away from root (default 2). */
  depth?: number | null;
}

/** Other names people type for a format (file extensions, tool names); any case is accepted. */
export const FORMAT_ALIASES: Record<string, ExportFormat> = {
  ttl: "turtle",
  rdf: "turtle",
  "json-ld": "jsonld",
  gv: "dot",
  graphviz: "dot",
  neo4j: "cypher",
  mmd: "mermaid",
  gephi: "graphml",
};

/** The export format that `given` names, or a BAD_USER_INPUT that says what to ask for instead. */
export function exportFormatOf(given: string): ExportFormat {
  const name = given.trim().toLowerCase();
  if (name in EXPORTERS) return name as ExportFormat;
  const alias = FORMAT_ALIASES[name];
  if (alias) return alias;
  if (name === "csv") {
    throw new BadUserInputError(
      "format",
      'CSV holds one table, so the graph comes as two files: format "csv-nodes" (the concepts) and "csv-edges" (the relations)',
    );
  }
  throw new BadUserInputError(
    "format",
    `unknown format "${given}"; one of ${EXPORT_FORMATS.join(", ")}`,
  );
}

/** Renders graph data (or the neighbourhood of `root`, found by `traversal`) in `format`. */
export function renderExport(data: GraphData, opts: ExportOptions, traversal: TraversalService) {
  const exporter: Exporter = EXPORTERS[exportFormatOf(opts.format)];
  const part = opts.root ? neighbourhood(data, traversal, opts.root, opts.depth ?? 2) : data;
  return { ...exporter, text: exporter.render(part) };
}
