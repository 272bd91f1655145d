/**
 * Shapes of the curated seed data. Plain data only: the seed runner (src/cli/seed.ts and
 * src/graph/seed.service.ts) hands these records to the same upsert services the API uses.
 */

/** A citation of a seed source. `source` is a key of SEED_SOURCES; `locator` e.g. "L3" or "L3-L7" or a URL path/fragment. */
export interface SeedCitation {
  source: string;
  locator: string;
}

export interface SeedSource {
  /** Short key used by citations in this folder. */
  key: string;
  title: string;
  uri: string;
}

export interface SeedRelationType {
  key: string;
  label: string;
  inverseLabel: string;
  description: string;
  sourceKinds?: string[];
  targetKinds?: string[];
  symmetric?: boolean;
}

export interface SeedConcept {
  /** Kubernetes glossary term id where one exists, otherwise kebab-case. */
  slug: string;
  name: string;
  kind: string;
  /** One sentence. */
  summary: string;
  /** Markdown. */
  description?: string;
  tags?: string[];
  aliases?: string[];
  docsUrl?: string;
  cites?: SeedCitation[];
}

export interface SeedRelation {
  source: string;
  type: string;
  target: string;
  description?: string;
  cites?: SeedCitation[];
}

export interface SeedNote {
  /** Slug of the concept the note is attached to (exactly one of concept / relation). */
  concept?: string;
  /** The relation the note is attached to, as [source slug, type key, target slug]. */
  relation?: [string, string, string];
  body: string;
  author?: string;
  cites?: SeedCitation[];
}
