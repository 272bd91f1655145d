import type { GraphData } from "../../graph/transfer/graph-data.js";
import { latestStatus, lifecycleText, qualifierTexts } from "./lifecycle-text.js";

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const row = (values: string[]) => `${values.map(field).join(",")}\r\n`;

/** The nodes table (Gephi's "Id,Label" convention plus the concept's fields). */
export function toCsvNodes(data: GraphData): string {
  return [
    row([
      "Id",
      "Label",
      "kind",
      "summary",
      "tags",
      "aliases",
      "docsUrl",
      "scope",
      "apiVersion",
      "status",
      "lifecycle",
    ]),
    ...data.concepts.map((c) =>
      row([
        c.slug,
        c.name,
        c.kind,
        c.summary,
        c.tags.join(";"),
        c.aliases.join(";"),
        c.docsUrl ?? "",
        c.scope ?? "",
        c.apiVersion ?? "",
        latestStatus(c.lifecycle),
        lifecycleText(c.lifecycle),
      ]),
    ),
  ].join("");
}

/** The edges table (Gephi's "Source,Target,Type" convention plus the relation's type and label). */
export function toCsvEdges(data: GraphData): string {
  const labels = new Map(data.relationTypes.map((t) => [t.key, t.label]));
  return [
    row([
      "Source",
      "Target",
      "Type",
      "relation",
      "Label",
      "description",
      "since",
      "until",
      "isDefault",
      "note",
      "lifecycle",
    ]),
    ...data.relations.map((r) =>
      row([
        r.source,
        r.target,
        "Directed",
        r.type,
        labels.get(r.type) ?? r.type,
        r.description ?? "",
        ...Object.values(qualifierTexts(r.qualifiers)),
        lifecycleText(r.lifecycle),
      ]),
    ),
  ].join("");
}
