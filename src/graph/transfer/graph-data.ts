import type { Concept } from "../concept/concept.model.js";
import type { LifecycleEntry, Qualifiers } from "../lifecycle/lifecycle.model.js";
import type { RelationType } from "../relation-type/relation-type.model.js";

/**
 * The whole graph as plain, id-free records: what exports render and imports read back.
 * Every list is in a stable order, so the same graph always gives the same data.
 */

/** A citation: the source's URI and where in it. */
export interface CitationRecord {
  uri: string;
  locator: string;
}

export interface SourceRecord {
  uri: string;
  title: string;
}

/** A relation type is already a plain record. */
export type RelationTypeRecord = RelationType;

/** A concept's own fields (no id, version or times), with its tags, aliases and citations. */
export interface ConceptRecord extends Pick<
  Concept,
  "slug" | "name" | "kind" | "summary" | "description" | "docsUrl" | "apiVersion" | "lifecycle"
> {
  /** As stored (an import may carry any text; the services check it). */
  scope: string | null;
  tags: string[];
  aliases: string[];
  sources: CitationRecord[];
}

export interface RelationRecord {
  source: string;
  type: string;
  target: string;
  description: string | null;
  qualifiers: Qualifiers | null;
  lifecycle: LifecycleEntry[];
  sources: CitationRecord[];
}

/** A relation named by its ends and type, as notes refer to it. */
export interface RelationKey {
  source: string;
  type: string;
  target: string;
}

export interface NoteRecord {
  concept: string | null;
  relation: RelationKey | null;
  body: string;
  author: string | null;
  sources: CitationRecord[];
}

export interface GraphData {
  sources: SourceRecord[];
  relationTypes: RelationTypeRecord[];
  concepts: ConceptRecord[];
  relations: RelationRecord[];
  notes: NoteRecord[];
}

/** Code-unit order, independent of locale. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares by several text keys in turn. */
export const byKeys =
  <T>(...keys: ((v: T) => string)[]) =>
  (a: T, b: T) => {
    for (const k of keys) {
      const c = byText(k(a), k(b));
      if (c !== 0) return c;
    }
    return 0;
  };

/** A relation's identity as one string, e.g. "pod|runs-on|node". */
export const relationKey = (r: RelationKey) => `${r.source}|${r.type}|${r.target}`;

/** Sorts citations by URI then locator. */
export const sortCitations = (c: CitationRecord[]) =>
  [...c].sort(
    byKeys<CitationRecord>(
      (x) => x.uri,
      (x) => x.locator,
    ),
  );

/** Sorts notes by owner, then body, then author. */
export const sortNotes = (notes: NoteRecord[]) =>
  [...notes].sort(
    byKeys<NoteRecord>(
      (n) => (n.concept ? `c:${n.concept}` : `r:${relationKey(n.relation!)}`),
      (n) => n.body,
      (n) => n.author ?? "",
    ),
  );
