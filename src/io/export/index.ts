import { BadUserInputError } from "../../errors.js";
import type { GraphData } from "../../graph/transfer/graph-data.js";
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

/** Renders graph data (or the neighbourhood of `root`) in `format`. */
export function renderExport(data: GraphData, opts: ExportOptions) {
  if (!(opts.format in EXPORTERS)) {
    throw new BadUserInputError(
      "format",
      `unknown format "${opts.format}"; one of ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  const exporter: Exporter = EXPORTERS[opts.format as ExportFormat];
  const part = opts.root ? neighbourhood(data, opts.root, opts.depth ?? 2) : data;
  return { ...exporter, text: exporter.render(part) };
}
