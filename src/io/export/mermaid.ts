import type { GraphData } from "../../graph/transfer/graph-data.js";
import { hasEnded, latestStatus } from "./lifecycle-text.js";

/** Text inside a Mermaid label: quotes and brackets as entity codes. */
const label = (text: string) =>
  text.replace(/"/g, "#quot;").replace(/[[\]{}()|<>]/g, (ch) => `#${ch.charCodeAt(0)};`);

/** A Mermaid flowchart; node ids are n0, n1, ... in slug order (slugs like "end" are keywords). */
export function toMermaid(data: GraphData): string {
  const ids = new Map(data.concepts.map((c, i) => [c.slug, `n${i}`]));
  const labels = new Map(data.relationTypes.map((t) => [t.key, t.label]));
  const lines = ["flowchart LR"];
  // Something deprecated, removed, archived or retired says so; its relations are dotted.
  for (const c of data.concepts) {
    const ended = hasEnded(c.lifecycle) ? ` (${latestStatus(c.lifecycle)})` : "";
    lines.push(`  ${ids.get(c.slug)}["${label(c.name + ended)}"]`);
  }
  for (const r of data.relations) {
    const arrow = hasEnded(r.lifecycle) || r.qualifiers?.until ? "-.->" : "-->";
    lines.push(
      `  ${ids.get(r.source)} ${arrow}|"${label(labels.get(r.type) ?? r.type)}"| ${ids.get(r.target)}`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
