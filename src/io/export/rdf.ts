import type { GraphData } from "../../graph/transfer/graph-data.js";

/** Namespaces of the RDF exports (URNs: the graph has no public web address). */
export const NS = {
  concept: "urn:k8s-kg:concept:",
  relation: "urn:k8s-kg:relation:",
  vocab: "urn:k8s-kg:vocab:",
  skos: "http://www.w3.org/2004/02/skos/core#",
  owl: "http://www.w3.org/2002/07/owl#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcterms: "http://purl.org/dc/terms/",
} as const;

/** The property a relation type's inverse label names: "<key>-inverse". */
export const inverseKey = (key: string) => `${key}-inverse`;

/** A Turtle string literal. */
const lit = (text: string) =>
  `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")}"`;

/** An IRI reference, with the characters Turtle forbids inside <...> percent-encoded. */
const iri = (value: string) =>
  `<${value.replace(/[\s<>"{}|^`\\]/g, (ch) => encodeURIComponent(ch))}>`;

/** Turtle: concepts as skos:Concept, relation types as OWL object properties with their inverses. */
export function toTurtle(data: GraphData): string {
  const out = [
    `@prefix c: <${NS.concept}> .`,
    `@prefix rel: <${NS.relation}> .`,
    `@prefix kg: <${NS.vocab}> .`,
    `@prefix skos: <${NS.skos}> .`,
    `@prefix owl: <${NS.owl}> .`,
    `@prefix rdfs: <${NS.rdfs}> .`,
    `@prefix dcterms: <${NS.dcterms}> .`,
    "",
    "kg:kubernetes a skos:ConceptScheme ;",
    `  skos:prefLabel ${lit("Kubernetes knowledge graph")} .`,
    "",
  ];
  for (const t of data.relationTypes) {
    const props = [
      `rel:${t.key} a owl:ObjectProperty${t.symmetric ? ", owl:SymmetricProperty" : ""}`,
      `  rdfs:label ${lit(t.label)}`,
      ...(t.description ? [`  rdfs:comment ${lit(t.description)}`] : []),
      `  owl:inverseOf rel:${t.symmetric ? t.key : inverseKey(t.key)}`,
    ];
    out.push(`${props.join(" ;\n")} .`);
    if (!t.symmetric) {
      out.push(
        `rel:${inverseKey(t.key)} a owl:ObjectProperty ;\n  rdfs:label ${lit(t.inverseLabel)} ;\n  owl:inverseOf rel:${t.key} .`,
      );
    }
    out.push("");
  }
  const outgoing = new Map<string, string[]>();
  for (const r of data.relations) {
    outgoing.set(r.source, [...(outgoing.get(r.source) ?? []), `  rel:${r.type} c:${r.target}`]);
  }
  for (const c of data.concepts) {
    const props = [
      `c:${c.slug} a skos:Concept`,
      "  skos:inScheme kg:kubernetes",
      `  skos:prefLabel ${lit(c.name)}`,
      ...c.aliases.map((a) => `  skos:altLabel ${lit(a)}`),
      `  skos:definition ${lit(c.summary)}`,
      ...(c.description ? [`  skos:note ${lit(c.description)}`] : []),
      `  kg:kind ${lit(c.kind)}`,
      ...c.tags.map((tag) => `  kg:tag ${lit(tag)}`),
      ...(c.docsUrl ? [`  rdfs:seeAlso ${iri(c.docsUrl)}`] : []),
      ...c.sources.map((s) => `  dcterms:source ${iri(s.uri)}`),
      ...(outgoing.get(c.slug) ?? []),
    ];
    out.push(`${[...new Set(props)].join(" ;\n")} .`, "");
  }
  return out.join("\n");
}

/** JSON-LD: the same statements as the Turtle export, as one @graph with a @context. */
export function toJsonLd(data: GraphData): string {
  const graph: Record<string, unknown>[] = [
    {
      "@id": "kg:kubernetes",
      "@type": "skos:ConceptScheme",
      "skos:prefLabel": "Kubernetes knowledge graph",
    },
  ];
  for (const t of data.relationTypes) {
    graph.push({
      "@id": `rel:${t.key}`,
      "@type": t.symmetric ? ["owl:ObjectProperty", "owl:SymmetricProperty"] : "owl:ObjectProperty",
      "rdfs:label": t.label,
      ...(t.description ? { "rdfs:comment": t.description } : {}),
      "owl:inverseOf": { "@id": `rel:${t.symmetric ? t.key : inverseKey(t.key)}` },
    });
    if (!t.symmetric) {
      graph.push({
        "@id": `rel:${inverseKey(t.key)}`,
        "@type": "owl:ObjectProperty",
        "rdfs:label": t.inverseLabel,
        "owl:inverseOf": { "@id": `rel:${t.key}` },
      });
    }
  }
  const outgoing = new Map<string, Record<string, { "@id": string }[]>>();
  for (const r of data.relations) {
    const props = outgoing.get(r.source) ?? {};
    (props[`rel:${r.type}`] ??= []).push({ "@id": `c:${r.target}` });
    outgoing.set(r.source, props);
  }
  for (const c of data.concepts) {
    graph.push({
      "@id": `c:${c.slug}`,
      "@type": "skos:Concept",
      "skos:inScheme": { "@id": "kg:kubernetes" },
      "skos:prefLabel": c.name,
      ...(c.aliases.length ? { "skos:altLabel": c.aliases } : {}),
      "skos:definition": c.summary,
      ...(c.description ? { "skos:note": c.description } : {}),
      "kg:kind": c.kind,
      ...(c.tags.length ? { "kg:tag": c.tags } : {}),
      ...(c.docsUrl ? { "rdfs:seeAlso": { "@id": c.docsUrl } } : {}),
      ...(c.sources.length
        ? { "dcterms:source": [...new Set(c.sources.map((s) => s.uri))].map((u) => ({ "@id": u })) }
        : {}),
      ...(outgoing.get(c.slug) ?? {}),
    });
  }
  const context = {
    c: NS.concept,
    rel: NS.relation,
    kg: NS.vocab,
    skos: NS.skos,
    owl: NS.owl,
    rdfs: NS.rdfs,
    dcterms: NS.dcterms,
  };
  return `${JSON.stringify({ "@context": context, "@graph": graph }, null, 2)}\n`;
}
