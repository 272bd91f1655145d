import type { GraphData } from "../../graph/transfer/graph-data.js";

/** Name and version of the project's own JSON format. */
export const JSON_FORMAT = { name: "k8s-knowledge-graph", version: 1 } as const;

/** The project's own format: every record, no database ids or timestamps, so it round-trips. */
export function toJson(data: GraphData): string {
  const doc = {
    format: JSON_FORMAT.name,
    version: JSON_FORMAT.version,
    sources: data.sources,
    relationTypes: data.relationTypes,
    concepts: data.concepts,
    relations: data.relations,
    notes: data.notes,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
