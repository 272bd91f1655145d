import { DataFactory, type Quad, type Quad_Object, type Quad_Subject, Writer } from "n3";
import type { LifecycleEntry } from "../../graph/lifecycle/lifecycle.model.js";
import type { GraphData } from "../../graph/transfer/graph-data.js";

const XSD_BOOLEAN = DataFactory.namedNode("http://www.w3.org/2001/XMLSchema#boolean");

/** Namespaces of the RDF exports (URNs: the graph has no public web address). */
export const NS = {
  c: "urn:k8s-kg:concept:",
  rel: "urn:k8s-kg:relation:",
  kg: "urn:k8s-kg:vocab:",
  skos: "http://www.w3.org/2004/02/skos/core#",
  owl: "http://www.w3.org/2002/07/owl#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcterms: "http://purl.org/dc/terms/",
} as const;

/** The property a relation type's inverse label names: "<key>-inverse". */
export const inverseKey = (key: string) => `${key}-inverse`;

const { namedNode, literal, quad, blankNode } = DataFactory;
/** A name in one of the namespaces above: "skos:Concept". */
const term = (prefixed: string) => {
  const [prefix, local] = prefixed.split(/:(.*)/s) as [keyof typeof NS, string];
  return namedNode<string>(`${NS[prefix]}${local}`);
};
const TYPE = "rdf:type";
/** An IRI of stored text (a docs URL, a source URI), with what IRIs may not hold percent-encoded. */
const iri = (value: string) =>
  namedNode(value.replace(/[\s<>"{}|^`\\]/g, (ch) => encodeURIComponent(ch)));

/**
 * Every statement of the graph, once: concepts as SKOS concepts in one scheme, relation types as
 * OWL object properties with their inverses, relations as those properties. Turtle and JSON-LD
 * are two spellings of this list.
 */
export function statements(data: GraphData): Quad[] {
  const out: Quad[] = [];
  const add = (s: string, p: string, o: Quad_Object) => out.push(quad(term(s), term(p), o));
  const put = (s: Quad_Subject, p: string, o: Quad_Object) => out.push(quad(s, term(p), o));
  // Blank nodes named b0, b1, ... per export: n3's unnamed ones count on across exports.
  let blanks = 0;
  const blank = () => blankNode(`b${blanks++}`);
  /** Each lifecycle entry as a node: kg:lifecycle [ kg:status "beta"; kg:since "1.29" ]. */
  const lifecycle = (subject: Quad_Subject, entries: LifecycleEntry[]) => {
    for (const e of entries) {
      const node = blank();
      put(subject, "kg:lifecycle", node);
      put(node, "kg:status", literal(e.status));
      put(node, "kg:since", literal(e.since));
      if (e.cite) put(node, "dcterms:source", literal(e.cite));
    }
  };
  add("kg:kubernetes", TYPE, term("skos:ConceptScheme"));
  add("kg:kubernetes", "skos:prefLabel", literal("Kubernetes knowledge graph"));
  for (const t of data.relationTypes) {
    const self = `rel:${t.key}`;
    add(self, TYPE, term("owl:ObjectProperty"));
    if (t.symmetric) add(self, TYPE, term("owl:SymmetricProperty"));
    add(self, "rdfs:label", literal(t.label));
    if (t.parent) add(self, "rdfs:subPropertyOf", term(`rel:${t.parent}`));
    if (t.description) add(self, "rdfs:comment", literal(t.description));
    const inverse = t.symmetric ? self : `rel:${inverseKey(t.key)}`;
    add(self, "owl:inverseOf", term(inverse));
    if (!t.symmetric) {
      add(inverse, TYPE, term("owl:ObjectProperty"));
      add(inverse, "rdfs:label", literal(t.inverseLabel));
      add(inverse, "owl:inverseOf", term(self));
      if (t.parent) add(inverse, "rdfs:subPropertyOf", term(`rel:${inverseKey(t.parent)}`));
    }
  }
  for (const c of data.concepts) {
    const self = `c:${c.slug}`;
    add(self, TYPE, term("skos:Concept"));
    add(self, "skos:inScheme", term("kg:kubernetes"));
    add(self, "skos:prefLabel", literal(c.name));
    for (const a of c.aliases) add(self, "skos:altLabel", literal(a));
    add(self, "skos:definition", literal(c.summary));
    if (c.description) add(self, "skos:note", literal(c.description));
    add(self, "kg:kind", literal(c.kind));
    for (const tag of c.tags) add(self, "kg:tag", literal(tag));
    if (c.docsUrl) add(self, "rdfs:seeAlso", iri(c.docsUrl));
    if (c.scope) add(self, "kg:scope", literal(c.scope));
    if (c.apiVersion) add(self, "kg:apiVersion", literal(c.apiVersion));
    lifecycle(term(self), c.lifecycle);
    for (const uri of new Set(c.sources.map((s) => s.uri))) add(self, "dcterms:source", iri(uri));
  }
  for (const r of data.relations) {
    add(`c:${r.source}`, `rel:${r.type}`, term(`c:${r.target}`));
    if (!r.qualifiers && r.lifecycle.length === 0) continue;
    // Qualifiers and lifecycle of a relation: on a reified statement (rdf:Statement).
    const st = blank();
    put(st, TYPE, term("rdf:Statement"));
    put(st, "rdf:subject", term(`c:${r.source}`));
    put(st, "rdf:predicate", term(`rel:${r.type}`));
    put(st, "rdf:object", term(`c:${r.target}`));
    const q = r.qualifiers;
    if (q?.since) put(st, "kg:since", literal(q.since));
    if (q?.until) put(st, "kg:until", literal(q.until));
    if (q?.isDefault != null) put(st, "kg:isDefault", literal(String(q.isDefault), XSD_BOOLEAN));
    if (q?.note) put(st, "skos:note", literal(q.note));
    if (q?.cite) put(st, "dcterms:source", literal(q.cite));
    lifecycle(st, r.lifecycle);
  }
  return out;
}

/** Turtle, written by n3's Writer (escaping and prefixes are its job). */
export function toTurtle(data: GraphData): string {
  const writer = new Writer({ prefixes: NS });
  writer.addQuads(statements(data));
  let text = "";
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

/** A term's JSON-LD id: "_:b0" for a blank node, else its compact IRI. */
const idOf = (t: { termType: string; value: string }) =>
  t.termType === "BlankNode" ? `_:${t.value}` : compact(t.value);

/** A full IRI as a compact one ("skos:Concept") when a namespace above holds it. */
function compact(iri: string): string {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

/** JSON-LD: the same statements as the Turtle export, one node per subject, with a @context. */
export function toJsonLd(data: GraphData): string {
  const nodes = new Map<string, Record<string, unknown>>();
  for (const q of statements(data)) {
    const id = idOf(q.subject);
    const node = nodes.get(id) ?? nodes.set(id, { "@id": id }).get(id)!;
    if (q.predicate.value === `${NS.rdf}type`) {
      const type = compact(q.object.value);
      const had = node["@type"];
      node["@type"] = had === undefined ? type : [had, type].flat();
      continue;
    }
    const value = q.object.termType === "Literal" ? q.object.value : { "@id": idOf(q.object) };
    ((node[compact(q.predicate.value)] ??= []) as unknown[]).push(value);
  }
  const context = Object.fromEntries(Object.entries(NS).filter(([p]) => p !== "rdf"));
  return `${JSON.stringify({ "@context": context, "@graph": [...nodes.values()] }, null, 2)}\n`;
}
