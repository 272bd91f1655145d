import type { GraphData } from "../../graph/transfer/graph-data.js";
import type { LifecycleEntry } from "../../graph/lifecycle/lifecycle.model.js";

/** A Cypher single-quoted string literal. */
const s = (text: string) =>
  `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\r/g, "\\r").replace(/\n/g, "\\n")}'`;

const list = (items: string[]) => `[${items.map(s).join(", ")}]`;
const orNull = (v: string | null | undefined) => (v == null ? "null" : s(v));
/** A lifecycle as parallel lists: statuses and the versions or dates they began. */
const lifecycle = (v: string, entries: LifecycleEntry[]) =>
  `${v}.statuses = ${list(entries.map((e) => e.status))}, ${v}.statusSince = ${list(entries.map((e) => e.since))}`;

/** A relation type key as a Cypher relationship type: runs-on -> RUNS_ON. */
export const cypherType = (key: string) => key.toUpperCase().replace(/-/g, "_");

/**
 * Cypher for Neo4j: a uniqueness constraint, then MERGE on each concept's slug and each
 * (source, type, target) with SET of the other properties, so running it twice changes nothing.
 */
export function toCypher(data: GraphData): string {
  const labels = new Map(data.relationTypes.map((t) => [t.key, t]));
  const lines = [
    "CREATE CONSTRAINT concept_slug IF NOT EXISTS FOR (c:Concept) REQUIRE c.slug IS UNIQUE;",
  ];
  // The type hierarchy as (:RelationType)-[:SPECIALISES]->(:RelationType).
  for (const t of data.relationTypes) {
    lines.push(`MERGE (t:RelationType {key: ${s(t.key)}}) SET t.label = ${s(t.label)};`);
  }
  for (const t of data.relationTypes.filter((x) => x.parent)) {
    lines.push(
      `MATCH (a:RelationType {key: ${s(t.key)}}), (b:RelationType {key: ${s(t.parent!)}}) MERGE (a)-[:SPECIALISES]->(b);`,
    );
  }
  for (const c of data.concepts) {
    lines.push(
      `MERGE (c:Concept {slug: ${s(c.slug)}}) SET c.name = ${s(c.name)}, c.kind = ${s(c.kind)}, c.summary = ${s(c.summary)}, c.description = ${s(c.description)}, c.docsUrl = ${c.docsUrl === null ? "null" : s(c.docsUrl)}, c.tags = ${list(c.tags)}, c.aliases = ${list(c.aliases)}, c.scope = ${orNull(c.scope)}, c.apiVersion = ${orNull(c.apiVersion)}, ${lifecycle("c", c.lifecycle)};`,
    );
  }
  for (const r of data.relations) {
    const t = labels.get(r.type);
    const q = r.qualifiers;
    lines.push(
      `MATCH (a:Concept {slug: ${s(r.source)}}), (b:Concept {slug: ${s(r.target)}}) MERGE (a)-[r:\`${cypherType(r.type)}\`]->(b) SET r.key = ${s(r.type)}, r.label = ${s(t?.label ?? r.type)}, r.inverseLabel = ${s(t?.inverseLabel ?? r.type)}, r.description = ${orNull(r.description)}, r.since = ${orNull(q?.since)}, r.until = ${orNull(q?.until)}, r.isDefault = ${q?.isDefault == null ? "null" : String(q.isDefault)}, r.note = ${orNull(q?.note)}, ${lifecycle("r", r.lifecycle)};`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
