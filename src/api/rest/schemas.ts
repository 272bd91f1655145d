/** JSON schemas of the REST API: they validate requests and become the OpenAPI document. */

const str = (description: string, extra: Record<string, unknown> = {}) =>
  ({ type: "string", description, ...extra }) as const;
const nullableStr = (description: string) => ({ type: ["string", "null"], description }) as const;
const strings = (description: string) => ({
  type: "array",
  items: { type: "string" },
  description,
});

export const sourceRef = {
  type: "object",
  description: "A source to cite; created on first use (then `title` is required).",
  properties: {
    uri: str("Absolute URI of the source, e.g. https://kubernetes.io/docs/..."),
    title: nullableStr("Title of the source."),
    locator: nullableStr("Where in the source: line range, section, fragment."),
  },
  required: ["uri"],
  additionalProperties: false,
} as const;

const sourcesIn = { type: "array", items: sourceRef, description: "Sources to cite." } as const;

export const sourceOut = {
  type: "object",
  properties: { title: str("Title."), uri: str("URI."), locator: nullableStr("Locator.") },
} as const;

export const conceptCreate = {
  type: "object",
  properties: {
    slug: str('Kebab-case identifier, e.g. "kube-proxy".'),
    name: str("Display name."),
    kind: str("component, resource, plugin, protocol, concept, tool, ..."),
    summary: str("One sentence saying what it is."),
    description: nullableStr("Longer Markdown explanation."),
    tags: strings("Kebab-case tags."),
    aliases: strings("Other names."),
    docsUrl: nullableStr("Absolute http(s) link to its documentation."),
    sources: sourcesIn,
  },
  required: ["slug", "name", "kind", "summary"],
  additionalProperties: false,
} as const;

/** PUT body: the slug comes from the path. */
export const conceptUpsert = {
  ...conceptCreate,
  required: ["name", "kind", "summary"],
} as const;

export const conceptPatch = {
  type: "object",
  properties: {
    name: str("New display name."),
    kind: str("New kind."),
    summary: str("New summary."),
    description: str("New Markdown description."),
    tags: strings("New tags, replacing the old ones."),
    docsUrl: nullableStr("New documentation link; null removes it."),
    sources: sourcesIn,
    expectedVersion: { type: "integer", description: "Refuse with 409 unless it still matches." },
  },
  additionalProperties: false,
} as const;

export const concept = {
  type: "object",
  properties: {
    slug: str("Slug."),
    name: str("Name."),
    kind: str("Kind."),
    summary: str("Summary."),
    description: str("Markdown description."),
    docsUrl: nullableStr("Documentation link."),
    tags: strings("Tags."),
    aliases: strings("Aliases."),
    version: { type: "integer" },
    createdAt: str("Created at.", { format: "date-time" }),
    updatedAt: str("Last changed at.", { format: "date-time" }),
  },
} as const;

export const relation = {
  type: "object",
  properties: {
    id: str("Relation id."),
    source: str("Slug of the source concept."),
    type: str("Relation type key."),
    target: str("Slug of the target concept."),
    description: nullableStr("What this relation adds."),
    version: { type: "integer" },
    createdAt: str("Created at.", { format: "date-time" }),
    updatedAt: str("Last changed at.", { format: "date-time" }),
  },
} as const;

export const note = {
  type: "object",
  properties: {
    id: str("Note id."),
    concept: nullableStr("Slug of the concept it is on."),
    relation: nullableStr("Id of the relation it is on."),
    body: str("Markdown body."),
    author: nullableStr("Author."),
    version: { type: "integer" },
    createdAt: str("Created at.", { format: "date-time" }),
    updatedAt: str("Last changed at.", { format: "date-time" }),
  },
} as const;

export const conceptDetail = {
  type: "object",
  properties: {
    ...concept.properties,
    relations: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: str("Relation id."),
          type: str("Relation type key."),
          direction: str("OUT when this concept is the source, IN when it is the target."),
          label: str('Read from this concept: "runs on" going out, "hosts" coming in.'),
          concept: {
            type: "object",
            properties: { slug: str("Slug."), name: str("Name."), kind: str("Kind.") },
          },
        },
      },
    },
    notes: { type: "array", items: note },
    sources: { type: "array", items: sourceOut },
  },
} as const;

export const relationType = {
  type: "object",
  properties: {
    key: str("Kebab-case key."),
    label: str('Label read source to target, e.g. "runs on".'),
    inverseLabel: str('Label read target to source, e.g. "hosts".'),
    description: str("What it means."),
    sourceKinds: { type: ["array", "null"], items: { type: "string" } },
    targetKinds: { type: ["array", "null"], items: { type: "string" } },
    symmetric: { type: "boolean" },
  },
} as const;

const relationTypeFields = {
  label: str("Label read source to target."),
  inverseLabel: nullableStr("Label read target to source."),
  description: nullableStr("What it means."),
  sourceKinds: { type: ["array", "null"], items: { type: "string" }, description: "Allowed." },
  targetKinds: { type: ["array", "null"], items: { type: "string" }, description: "Allowed." },
  symmetric: { type: ["boolean", "null"], description: "Same both ways." },
} as const;

export const relationTypeCreate = {
  type: "object",
  properties: { key: str("Kebab-case key."), ...relationTypeFields },
  required: ["key", "label"],
  additionalProperties: false,
} as const;

export const relationTypePatch = {
  type: "object",
  properties: relationTypeFields,
  additionalProperties: false,
} as const;

export const relationCreate = {
  type: "object",
  properties: {
    source: str("Slug of the source concept."),
    type: str("Relation type key."),
    target: str("Slug of the target concept."),
    description: nullableStr("What this relation adds."),
    sources: sourcesIn,
  },
  required: ["source", "type", "target"],
  additionalProperties: false,
} as const;

export const relationPatch = {
  type: "object",
  properties: {
    description: nullableStr("New description; null clears it."),
    sources: sourcesIn,
    expectedVersion: { type: "integer", description: "Refuse with 409 unless it still matches." },
  },
  additionalProperties: false,
} as const;

export const noteCreate = {
  type: "object",
  properties: {
    concept: nullableStr("Slug of the concept (exactly one of concept / relation)."),
    relation: nullableStr("Id of the relation."),
    body: str("Markdown body."),
    author: nullableStr("Author."),
    sources: sourcesIn,
  },
  required: ["body"],
  additionalProperties: false,
} as const;

export const notePatch = {
  type: "object",
  properties: {
    body: str("New body."),
    author: nullableStr("New author."),
    sources: sourcesIn,
    expectedVersion: { type: "integer", description: "Refuse with 409 unless it still matches." },
  },
  additionalProperties: false,
} as const;

/** A page of items with the cursor to pass as `after` for the next one. */
export const page = (items: object) =>
  ({
    type: "object",
    properties: {
      items: { type: "array", items },
      totalCount: { type: "integer" },
      hasNextPage: { type: "boolean" },
      endCursor: { type: ["string", "null"], description: "Pass as `after` for the next page." },
    },
  }) as const;

export const pageQuery = {
  first: { type: "integer", description: "Page size (default 20, at most MAX_PAGE_SIZE)." },
  after: { type: "string", description: "The endCursor of the previous page." },
} as const;

/** Standard error responses, by status. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { $ref: "Error#" }]));

export const importReport = {
  type: "object",
  properties: {
    dryRun: { type: "boolean" },
    created: { type: "integer" },
    updated: { type: "integer" },
    unchanged: { type: "integer" },
    skipped: { type: "integer" },
    items: {
      type: "array",
      description:
        "What happened to each record, in input order; at most IMPORT_REPORT_MAX_ITEMS of them (the counts are exact).",
      items: {
        type: "object",
        properties: {
          kind: str("concept, relation, relationType or note."),
          key: str("Slug, source|type|target or owner."),
          status: str("created, updated, unchanged or skipped."),
          origin: str("Where in the input, e.g. k8s-notes.md:12."),
        },
      },
    },
    itemsTruncated: {
      type: "boolean",
      description: "True when `items` was cut at IMPORT_REPORT_MAX_ITEMS.",
    },
    problems: strings("Input left out, one line each."),
    redactions: {
      type: "array",
      description: "Credentials removed before storing, and where each was found.",
      items: {
        type: "object",
        properties: { location: str("file:line or JSON path."), kind: str("What it looked like.") },
      },
    },
  },
} as const;
