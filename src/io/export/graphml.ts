import { escapeHtml } from "../../html.js";
import type { GraphData } from "../../graph/transfer/graph-data.js";
import { latestStatus, lifecycleText, qualifierTexts } from "./lifecycle-text.js";

/** Escapes text for XML content and attribute values (and drops characters XML 1.0 forbids). */
export function xml(text: string): string {
  return escapeHtml(text.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));
}

const NODE_KEYS = [
  "name",
  "kind",
  "summary",
  "tags",
  "aliases",
  "docsUrl",
  "scope",
  "apiVersion",
  "status",
  "lifecycle",
] as const;
const EDGE_KEYS = [
  "type",
  "label",
  "description",
  "since",
  "until",
  "isDefault",
  "note",
  "lifecycle",
] as const;

/** GraphML for Gephi, yEd, networkx: concepts as nodes (id = slug), relations as directed edges. */
export function toGraphml(data: GraphData): string {
  const labels = new Map(data.relationTypes.map((t) => [t.key, t.label]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="kubernetes" edgedefault="directed">',
  ];
  for (const c of data.concepts) {
    const values: Record<(typeof NODE_KEYS)[number], string> = {
      name: c.name,
      kind: c.kind,
      summary: c.summary,
      tags: c.tags.join(","),
      aliases: c.aliases.join(","),
      docsUrl: c.docsUrl ?? "",
      scope: c.scope ?? "",
      apiVersion: c.apiVersion ?? "",
      status: latestStatus(c.lifecycle),
      lifecycle: lifecycleText(c.lifecycle),
    };
    lines.push(`    <node id="${xml(c.slug)}">`);
    for (const k of NODE_KEYS) {
      if (values[k]) lines.push(`      <data key="${k}">${xml(values[k])}</data>`);
    }
    lines.push("    </node>");
  }
  data.relations.forEach((r, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(r.source)}" target="${xml(r.target)}">`);
    const values: Record<(typeof EDGE_KEYS)[number], string> = {
      type: r.type,
      label: labels.get(r.type) ?? r.type,
      description: r.description ?? "",
      ...qualifierTexts(r.qualifiers),
      lifecycle: lifecycleText(r.lifecycle),
    };
    for (const k of EDGE_KEYS) {
      if (values[k]) lines.push(`      <data key="${k}">${xml(values[k])}</data>`);
    }
    lines.push("    </edge>");
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
