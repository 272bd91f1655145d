import type { GraphData } from "../../graph/transfer/graph-data.js";

/** A DOT double-quoted string. */
const q = (text: string) =>
  `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;

/** Graphviz DOT: concepts as boxes labelled by name, relations as edges labelled by type. */
export function toDot(data: GraphData): string {
  const labels = new Map(data.relationTypes.map((t) => [t.key, t.label]));
  const lines = [
    "digraph kubernetes {",
    "  rankdir=LR;",
    '  node [shape=box, style="rounded", fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const c of data.concepts) {
    lines.push(`  ${q(c.slug)} [label=${q(c.name)}, tooltip=${q(c.summary)}, kind=${q(c.kind)}];`);
  }
  for (const r of data.relations) {
    lines.push(
      `  ${q(r.source)} -> ${q(r.target)} [label=${q(labels.get(r.type) ?? r.type)}, type=${q(r.type)}];`,
    );
  }
  lines.push("}", "");
  return lines.join("\n");
}
