/**
 * Shapes of the curated seed data. Plain data only: the seed runner (src/cli/seed.ts and
 * src/io/seed/seed.service.ts) loads them: an empty database as one bulk import, later runs
 * item by item through the same services the API uses.
 */

/**
 * A citation of a seed source. `source` is a key of SEED_SOURCES ("notes", "k8s-docs", "web");
 * `locator` e.g. "L3" or "L3-L7" (notes), a docs path "/docs/..." (k8s-docs), a full URL (web).
 */
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
  /** Key of the type it specialises ("implements" for "implements-cni"). */
  parent?: string | null;
}

/** One state of a lifecycle: status, the version ("1.33") or date ("2026-01") it began, a cite. */
export interface SeedLifecycleEntry {
  status: "alpha" | "beta" | "stable" | "deprecated" | "removed" | "archived" | "retired";
  since: string;
  /** A docs path ("/docs/..."), a URL, or a notes line ("notes:L12"). */
  cite?: string;
}

/** Qualifiers of a relation (null: not said). */
export interface SeedQualifiers {
  since?: string | null;
  until?: string | null;
  /** true: the default; false: optional. */
  default?: boolean | null;
  note?: string | null;
  cite?: string | null;
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
  docsUrl?: string | null;
  /** A path on kubernetes.io ("/docs/..."), used as docsUrl when that is not given. */
  docsPath?: string | null;
  /** Resource kinds: "namespaced" or "cluster". */
  scope?: "namespaced" | "cluster" | null;
  /** Resource kinds: the API group/version, e.g. "apps/v1". */
  apiVersion?: string | null;
  lifecycle?: SeedLifecycleEntry[];
  /** Slugs it had before: a stored concept with one of them is renamed (the old slug stays an alias). */
  formerSlugs?: string[];
  cites?: SeedCitation[];
}

export interface SeedRelation {
  source: string;
  type: string;
  target: string;
  description?: string | null;
  qualifiers?: SeedQualifiers | null;
  lifecycle?: SeedLifecycleEntry[];
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
