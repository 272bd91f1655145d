import type { GraphData } from "../../graph/transfer/graph-data.js";
import { hasEnded, latestStatus } from "./lifecycle-text.js";

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
    const status = latestStatus(c.lifecycle);
    const extra = `${status ? `, status=${q(status)}` : ""}${c.scope ? `, scope=${q(c.scope)}` : ""}${hasEnded(c.lifecycle) ? ', style="rounded,dashed"' : ""}`;
    lines.push(
      `  ${q(c.slug)} [label=${q(c.name)}, tooltip=${q(c.summary)}, kind=${q(c.kind)}${extra}];`,
    );
  }
  for (const r of data.relations) {
    const when = [r.qualifiers?.since && `since=${q(r.qualifiers.since)}`]
      .concat(r.qualifiers?.until ? [`until=${q(r.qualifiers.until)}`] : [])
      .concat(hasEnded(r.lifecycle) || r.qualifiers?.until ? ["style=dashed"] : [])
      .filter(Boolean)
      .map((a) => `, ${a}`)
      .join("");
    lines.push(
      `  ${q(r.source)} -> ${q(r.target)} [label=${q(labels.get(r.type) ?? r.type)}, type=${q(r.type)}${when}];`,
    );
  }
  lines.push("}", "");
  return lines.join("\n");
}
