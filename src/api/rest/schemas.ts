/**
 * The REST API's shapes, each defined once with TypeBox: the JSON Schema that validates requests
 * and becomes the OpenAPI document, and the TypeScript type routes infer from it (the type
 * provider in index.ts). Replies leave every property optional, as the serializer does. Bodies,
 * replies and parameters carry an example from examples.ts for the document.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import {
  type Static,
  type TObjectOptions,
  type TOptional,
  type TProperties,
  type TSchema,
  Type,
} from "typebox";
import * as X from "./examples.js";

/** The REST routes' instance: requests and replies are typed from the routes' schemas. */
export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A string; with an example when it is a parameter (the document shows it, tests try it). */
export const str = (description: string, example?: string) =>
  Type.String({ description, ...(example === undefined ? {} : { examples: [example] }) });

/** The schema or null, as OpenAPI 3.1 writes it: one `type` array (not an anyOf). */
export const nullable = <T extends TSchema>(schema: T) =>
  Type.Unsafe<Static<T> | null>({ ...schema, type: [(schema as { type?: string }).type, "null"] });

export const nullableStr = (description: string) => nullable(str(description));
export const strings = (description: string) => Type.Array(Type.String(), { description });

/** One of some strings (`type: string` with an enum), typed as their union. */
export const oneOf = <T extends string>(values: readonly T[], description?: string, example?: T) =>
  Type.Unsafe<T>({
    type: "string",
    enum: values,
    ...(description ? { description } : {}),
    ...(example ? { examples: [example] } : {}),
  });

/** A timestamp: handlers give a Date, the serializer writes its ISO string. */
export const date = (description: string) =>
  Type.Unsafe<Date | string>({ type: "string", description, format: "date-time" });

/** The same properties, each of them optional. */
export const optional = <P extends TProperties>(props: P) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Type.Optional(v)])) as {
    [K in keyof P]: TOptional<P[K]>;
  };

/** An object none of whose properties is required: replies, patches, query strings. */
export const partial = <P extends TProperties>(props: P, options?: TObjectOptions) =>
  Type.Object(optional(props), options);

/** Request bodies refuse (drop) properties they do not name. */
const closed = { additionalProperties: false } as const;

/** Options of a shape with its example (examples.ts), shown in the OpenAPI document. */
export const example = (value: unknown) => ({ examples: [value] });
/** Options of a request body: closed, with an example. */
export const body = (value: unknown) => ({ ...closed, ...example(value) });

/** The body of every REST error; routes point at it as `Error#` (#/components/schemas/Error). */
export const errorSchema = Type.Object(
  {
    error: Type.Object({
      code: str("BAD_USER_INPUT, NOT_FOUND, CONFLICT, ..."),
      message: Type.String(),
      ...optional({
        field: nullableStr("The input field at fault, if any."),
        line: Type.Integer({ description: "A refused credential's line in the field." }),
        kind: str('A refused credential\'s kind, e.g. "private-key".'),
      }),
    }),
  },
  {
    $id: "Error",
    description: "What went wrong: a code (as in GraphQL extensions.code), a message, the field.",
    examples: [X.notFound],
  },
);

export const errorRef = Type.Unsafe<Static<typeof errorSchema>>({ $ref: "Error#" });

/** Standard error responses, by status. */
export const errors = <const C extends number>(...statuses: C[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorRef])) as Record<C, typeof errorRef>;

export const sourceRef = Type.Object(
  {
    uri: str("Absolute URI of the source, e.g. https://kubernetes.io/docs/..."),
    ...optional({
      title: nullableStr("Title of the source."),
      locator: nullableStr("Where in the source: line range, section, fragment."),
    }),
  },
  { description: "A source to cite; created on first use (then `title` is required).", ...closed },
);

const WHEN = 'A version ("1.24") or an ISO date ("2026-01").';
const CITE = 'A docs path ("/docs/..."), a URL or a notes line ("notes:L12").';

/** A lifecycle: states in order (statuses alpha ... retired), each with its version or date. */
const lifecycle = Type.Array(
  Type.Object(
    {
      status: str("alpha, beta, stable, deprecated, removed, archived or retired."),
      since: str(`When it entered the state. ${WHEN}`),
      ...optional({ cite: str(CITE) }),
    },
    closed,
  ),
  { description: "States in order: alpha, beta, stable, deprecated, removed, archived, retired." },
);

/** Relation qualifiers: when it holds, default or optional, a note. */
const qualifiers = nullable(
  partial(
    {
      since: nullableStr(`Holds from then on. ${WHEN}`),
      until: nullableStr(`No longer holds from then on. ${WHEN}`),
      isDefault: nullable(Type.Boolean({ description: "true: the default; false: optional." })),
      note: nullableStr("A free note."),
      cite: nullableStr(CITE),
    },
    { description: "When it holds, default or optional, a note; null when none.", ...closed },
  ),
);

const conceptModelFields = {
  scope: nullableStr('Resource kinds: "namespaced" or "cluster".'),
  apiVersion: nullableStr('Resource kinds: API group/version, e.g. "apps/v1".'),
  lifecycle,
};

const relationModelFields = { qualifiers, lifecycle };

/** Query parameter of lists and traversals: what existed at a version or date. */
export const asOfQuery = { asOf: str(`Only what existed then. ${WHEN}`, "1.24") };

export const firstQuery = Type.Integer({
  description: "Page size (default 20, at most MAX_PAGE_SIZE).",
  examples: [20],
});

/** Query parameters of a paginated list; `after` is a cursor of that list (its example). */
export const pageQuery = (after: string) => ({
  first: firstQuery,
  after: str("The endCursor of the previous page.", after),
});

/** Path parameter of a concept's routes. */
export const slugParam = Type.Object({ slug: str('Concept slug, e.g. "etcd".', "etcd") });

const sources = Type.Array(sourceRef, { description: "Sources to cite." });
const expectedVersion = Type.Integer({ description: "Refuse with 409 unless it still matches." });
const version = Type.Integer();
const stamps = { createdAt: date("Created at."), updatedAt: date("Last changed at.") };

const conceptKeys = {
  slug: str('Kebab-case identifier, e.g. "kube-proxy".'),
  name: str("Display name."),
  kind: str("component, resource, plugin, protocol, concept, tool, ..."),
  summary: str("One sentence saying what it is."),
};
const conceptRest = optional({
  description: nullableStr("Longer Markdown explanation."),
  tags: strings("Kebab-case tags."),
  aliases: strings("Other names."),
  docsUrl: nullableStr("Absolute http(s) link to its documentation."),
  ...conceptModelFields,
  sources,
});

export const conceptCreate = Type.Object(
  { ...conceptKeys, ...conceptRest },
  body(X.concepts.create),
);

/** PUT body: the slug comes from the path. */
export const conceptUpsert = Type.Object(
  { ...conceptKeys, slug: Type.Optional(conceptKeys.slug), ...conceptRest },
  body(X.concepts.upsert),
);

export const conceptPatch = partial(
  {
    name: str("New display name."),
    kind: str("New kind."),
    summary: str("New summary."),
    description: str("New Markdown description."),
    tags: strings("New tags, replacing the old ones."),
    docsUrl: nullableStr("New documentation link; null removes it."),
    ...conceptModelFields,
    sources,
    expectedVersion,
  },
  body(X.concepts.patch),
);

export const concept = partial(
  {
    slug: str("Slug."),
    name: str("Name."),
    kind: str("Kind."),
    summary: str("Summary."),
    description: str("Markdown description."),
    docsUrl: nullableStr("Documentation link."),
    ...conceptModelFields,
    tags: strings("Tags."),
    aliases: strings("Aliases."),
    version,
    ...stamps,
  },
  example(X.etcd),
);

const relationEnds = {
  source: str("Slug of the source concept."),
  type: str("Relation type key."),
  target: str("Slug of the target concept."),
};
const relationDescription = nullableStr("What this relation adds.");

export const relation = partial(
  {
    id: str("Relation id."),
    ...relationEnds,
    description: relationDescription,
    ...relationModelFields,
    version,
    ...stamps,
  },
  example(X.etcdStoresState),
);

export const note = partial(
  {
    id: str("Note id."),
    concept: nullableStr("Slug of the concept it is on."),
    relation: nullableStr("Id of the relation it is on."),
    body: str("Markdown body."),
    author: nullableStr("Author."),
    version,
    ...stamps,
  },
  example(X.notes.seeded),
);

const sourceOut = partial({
  title: str("Title."),
  uri: str("URI."),
  locator: nullableStr("Locator."),
});

export const conceptDetail = partial(
  {
    ...concept.properties,
    relations: Type.Array(
      partial({
        id: str("Relation id."),
        type: str("Relation type key."),
        direction: str("OUT when this concept is the source, IN when it is the target."),
        label: str('Read from this concept: "runs on" going out, "hosts" coming in.'),
        concept: partial({ slug: str("Slug."), name: str("Name."), kind: str("Kind.") }),
      }),
    ),
    notes: Type.Array(note),
    sources: Type.Array(sourceOut),
  },
  example(X.concepts.detail),
);

const kinds = (description?: string) =>
  nullable(Type.Array(Type.String(), description ? { description } : {}));

export const relationType = partial(
  {
    key: str("Kebab-case key."),
    label: str('Label read source to target, e.g. "runs on".'),
    inverseLabel: str('Label read target to source, e.g. "hosts".'),
    description: str("What it means."),
    sourceKinds: kinds(),
    targetKinds: kinds(),
    symmetric: Type.Boolean(),
    parent: nullableStr("Key of the type it specialises; null for a root."),
  },
  example(X.relationTypes.stores),
);

const relationTypeKey = str("Kebab-case key.");
const relationTypeLabel = str("Label read source to target.");
const relationTypeRest = {
  inverseLabel: nullableStr("Label read target to source."),
  description: nullableStr("What it means."),
  sourceKinds: kinds("Allowed."),
  targetKinds: kinds("Allowed."),
  symmetric: nullable(Type.Boolean({ description: "Same both ways." })),
  parent: nullableStr("Key of the type it specialises (no cycles); null for a root."),
};

export const relationTypeCreate = Type.Object(
  { key: relationTypeKey, label: relationTypeLabel, ...optional(relationTypeRest) },
  body(X.relationTypes.create),
);

/** PUT body: the key comes from the path. */
export const relationTypeUpsert = Type.Object(
  { key: Type.Optional(relationTypeKey), label: relationTypeLabel, ...optional(relationTypeRest) },
  body(X.relationTypes.upsert),
);

export const relationTypePatch = partial(
  { label: relationTypeLabel, ...relationTypeRest },
  body(X.relationTypes.patch),
);

export const relationCreate = Type.Object(
  {
    ...relationEnds,
    ...optional({ description: relationDescription, ...relationModelFields, sources }),
  },
  body(X.relations.create),
);

/** PUT body: the ends come from the path. */
export const relationUpsert = partial(
  { description: relationDescription, sources },
  body(X.relations.upsert),
);

export const relationPatch = partial(
  {
    description: nullableStr("New description; null clears it."),
    ...relationModelFields,
    sources,
    expectedVersion,
  },
  body(X.relations.patch),
);

export const noteCreate = Type.Object(
  {
    ...optional({
      concept: nullableStr("Slug of the concept (exactly one of concept / relation)."),
      relation: nullableStr("Id of the relation."),
    }),
    body: str("Markdown body."),
    ...optional({ author: nullableStr("Author."), sources }),
  },
  body(X.notes.create),
);

export const notePatch = partial(
  { body: str("New body."), author: nullableStr("New author."), sources, expectedVersion },
  body(X.notes.patch),
);

/** The example of a shape (see `example`). */
const exampleOf = (schema: TSchema) => (schema as { examples?: unknown[] }).examples?.[0];

/** A list of items; its example is one item's. */
export const list = <T extends TSchema>(items: T) => Type.Array(items, example([exampleOf(items)]));

/**
 * A page of items with the cursor to pass as `after` for the next one; its example is the only
 * page of one item (by default the items' example), ending at `cursor`.
 */
export const page = <T extends TSchema>(items: T, cursor: string, item = exampleOf(items)) =>
  partial(
    {
      items: Type.Array(items),
      totalCount: Type.Integer(),
      hasNextPage: Type.Boolean(),
      endCursor: nullableStr("Pass as `after` for the next page."),
    },
    example({ items: [item], totalCount: 1, hasNextPage: false, endCursor: cursor }),
  );
