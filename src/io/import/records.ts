import type {
  CitationRecord,
  ConceptRecord,
  RelationKey,
  RelationTypeRecord,
  SourceRecord,
} from "../../graph/transfer/graph-data.js";
import { redactSecrets } from "../../graph/secrets.js";

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
  record: Omit<ConceptRecord, "description" | "docsUrl"> & {
    description: string | null;
    docsUrl: string | null;
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
  record: RelationKey & { description: string | null; sources: CitationRecord[] };
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

/** Where a credential was found and removed. */
export interface Redaction {
  location: string;
  kind: string;
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

/** Redacts credentials in `text`, recording each at `location` (with the line when `firstLine` is given). */
export function redact(
  text: string,
  redactions: Redaction[],
  location: string,
  firstLine?: number,
): string {
  const { text: clean, findings } = redactSecrets(text);
  for (const f of findings) {
    const line =
      firstLine === undefined
        ? ""
        : `:${firstLine + (text.slice(0, f.index).match(/\n/g)?.length ?? 0)}`;
    redactions.push({ location: `${location}${line}`, kind: f.kind });
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
