import type { GraphData } from "../../graph/transfer/graph-data.js";

/** Text inside a Mermaid label: quotes and brackets as entity codes. */
const label = (text: string) =>
  text.replace(/"/g, "#quot;").replace(/[[\]{}()|<>]/g, (ch) => `#${ch.charCodeAt(0)};`);

/** A Mermaid flowchart; node ids are n0, n1, ... in slug order (slugs like "end" are keywords). */
export function toMermaid(data: GraphData): string {
  const ids = new Map(data.concepts.map((c, i) => [c.slug, `n${i}`]));
  const labels = new Map(data.relationTypes.map((t) => [t.key, t.label]));
  const lines = ["flowchart LR"];
  for (const c of data.concepts) lines.push(`  ${ids.get(c.slug)}["${label(c.name)}"]`);
  for (const r of data.relations) {
    lines.push(
      `  ${ids.get(r.source)} -->|"${label(labels.get(r.type) ?? r.type)}"| ${ids.get(r.target)}`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
