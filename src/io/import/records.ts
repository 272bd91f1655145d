import type {
  CitationRecord,
  ConceptRecord,
  RelationKey,
  RelationTypeRecord,
  SourceRecord,
} from "../../graph/transfer/graph-data.js";
import { redactSecrets } from "../../graph/secrets/index.js";
import type { LifecycleInput, QualifiersInput } from "../../graph/lifecycle/lifecycle.model.js";

/**
 * How a concept meets what is stored: `replace` (the project's own JSON) sets every field;
 * `merge` (notes, glossary) only fills what is empty and adds tags, aliases and citations.
 */
export type Mode = "replace" | "merge";

/** Where a record came from, for reports: "k8s-notes.md:12", "concepts[3]". */
export interface Origin {
  origin: string;
}

export interface ImportConcept extends Origin {
  mode: Mode;
  record: Omit<ConceptRecord, "description" | "docsUrl" | "scope" | "apiVersion" | "lifecycle"> & {
    description: string | null;
    docsUrl: string | null;
    /** Left as stored when absent (merge formats say nothing about them). */
    scope?: string | null;
    apiVersion?: string | null;
    lifecycle?: LifecycleInput[] | null;
  };
  /** In merge mode, also look the concept up by this name (slug, name or alias) before creating it. */
  lookupName?: string;
}

export interface ImportRelationType extends Origin {
  /** `ensure` creates it when missing and leaves an existing one alone. */
  mode: "replace" | "ensure";
  record: RelationTypeRecord;
}

export interface ImportRelation extends Origin {
  record: RelationKey & {
    description: string | null;
    /** Left as stored when absent. */
    qualifiers?: QualifiersInput | null;
    lifecycle?: LifecycleInput[] | null;
    sources: CitationRecord[];
  };
  /** When set, a missing target is reported with this message instead of failing the import. */
  unknownTarget?: string;
}

export interface ImportNote extends Origin {
  concept: string | null;
  relation: RelationKey | null;
  body: string;
  author: string | null;
  sources: CitationRecord[];
}

/** Where a credential was found and removed, whole. */
export interface Redaction {
  /** The record ("concepts[3]") or file ("k8s-notes.md") it was in. */
  record: string;
  /** Its field ("summary", "aliases[0]"), or "content" for a whole file. */
  field: string;
  /** Its kind, as in the `[REDACTED:<kind>]` left in its place. */
  kind: string;
  /** Its first line: in the file for a file, in the field's text for a field. */
  line: number;
  /** All of it in one: "k8s-notes.md:46", "concepts[3].summary". */
  location: string;
}

/** What a parser hands to the import service: plain records, no database access. */
export interface ImportBatch {
  sources: SourceRecord[];
  relationTypes: ImportRelationType[];
  concepts: ImportConcept[];
  relations: ImportRelation[];
  notes: ImportNote[];
  /** Input the parser could not use, one line each (reported, not fatal). */
  problems: string[];
  redactions: Redaction[];
}

/** An empty batch to fill. */
export const emptyBatch = (): ImportBatch => ({
  sources: [],
  relationTypes: [],
  concepts: [],
  relations: [],
  notes: [],
  problems: [],
  redactions: [],
});

/**
 * Replaces every credential in `text` whole with `[REDACTED:<kind>]`, recording each. A whole
 * file (field "content") keeps its line count, so that what follows keeps its line numbers.
 */
export function redact(
  text: string,
  redactions: Redaction[],
  record: string,
  field = "content",
): string {
  const file = field === "content";
  const { text: clean, findings } = redactSecrets(text, { keepLines: file });
  for (const { kind, line } of findings) {
    const location = file ? `${record}:${line}` : record ? `${record}.${field}` : field;
    redactions.push({ record, field, kind, line, location });
  }
  return clean;
}

/** A kebab-case slug for a name or glossary id: "PodSchedulingContext" -> "pod-scheduling-context". */
export function toSlug(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/g, "");
}
