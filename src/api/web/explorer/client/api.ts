/**
 * The explorer's only data access: every GraphQL operation the page sends lives here, so that
 * switching to other server queries (`neighborhood`) later touches this file alone.
 */

export interface ConceptRef {
  slug: string;
  name: string;
  kind: string;
}

export interface Suggestion extends ConceptRef {
  aliases: string[];
}

export interface RelationTypeInfo {
  key: string;
  label: string;
  inverseLabel: string;
}

export interface Neighbour {
  direction: "IN" | "OUT";
  /** The relation read from the concept's side (inverse label for incoming ones). */
  label: string;
  relation: { id: string; type: RelationTypeInfo };
  concept: ConceptRef;
}

export interface Note {
  id: string;
  body: string;
  author: string | null;
  createdAt: string;
}

export interface SourceRef {
  uri: string;
  title: string;
  locator: string | null;
}

export interface ConceptDetail extends ConceptRef {
  summary: string;
  description: string;
  aliases: string[];
  tags: string[];
  docsUrl: string | null;
  notes: Note[];
  sources: SourceRef[];
  related: Neighbour[];
}

/** A failed request: the server's error code and field when it gave them. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code = "SERVER_ERROR",
    readonly field?: string,
  ) {
    super(message);
  }
}

const RELATED = `related { direction label relation { id type { key label inverseLabel } } concept { slug name kind } }`;
const NOTE = `id body author createdAt`;

const KEY_STORAGE = "kg.apiKey";
/** The longest text the server's `search` accepts. */
const MAX_SEARCH_TEXT = 200;

/** The API key this browser sends (kept in localStorage, never in the page's address). */
export function getApiKey(): string {
  try {
    return localStorage.getItem(KEY_STORAGE) ?? "";
  } catch {
    return "";
  }
}

/** Remembers the API key for every later request; an empty one forgets it. */
export function setApiKey(key: string): void {
  try {
    if (key) localStorage.setItem(KEY_STORAGE, key);
    else localStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage disabled: the key then lasts as long as the form field.
  }
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  const key = getApiKey();
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError("Cannot reach the server. Check that it is running, then try again.");
  }
  let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered HTTP ${res.status} without a GraphQL response.`);
  }
  const err = body.errors?.[0];
  if (err) {
    const ext = err.extensions ?? {};
    throw new ApiError(
      err.message,
      typeof ext.code === "string" ? ext.code : "SERVER_ERROR",
      typeof ext.field === "string" ? ext.field : undefined,
    );
  }
  if (!body.data) throw new ApiError(`The server answered HTTP ${res.status} with no data.`);
  return body.data;
}

/**
 * Suggestions for the search box: the server's ranked `search` (exact names and aliases first,
 * then names starting with the text, then by relevance; the last word matches as a prefix).
 * Text without a letter or digit finds nothing, so it is not sent.
 */
export async function suggest(text: string, limit = 8): Promise<Suggestion[]> {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const data = await gql<{ search: { edges: { node: { concept: Suggestion } }[] } }>(
    `query Suggest($text: String!, $first: Int!) {
      search(text: $text, first: $first) {
        edges { node { concept { slug name kind aliases } } }
      }
    }`,
    { text: text.slice(0, MAX_SEARCH_TEXT), first: limit },
  );
  return data.search.edges.map((e) => e.node.concept);
}

/** Everything the side panel shows about one concept, with its neighbours; null when unknown. */
export async function loadConcept(slug: string): Promise<ConceptDetail | null> {
  const data = await gql<{ concept: ConceptDetail | null }>(
    `query Concept($slug: String!) {
      concept(slug: $slug) {
        slug name kind summary description aliases tags docsUrl
        notes { ${NOTE} }
        sources { uri title locator }
        ${RELATED}
      }
    }`,
    { slug },
  );
  return data.concept;
}

/** The concept's direct neighbours (one hop), for expanding a node in the graph. */
export async function loadNeighbours(
  slug: string,
): Promise<(ConceptRef & { related: Neighbour[] }) | null> {
  const data = await gql<{ concept: (ConceptRef & { related: Neighbour[] }) | null }>(
    `query Neighbours($slug: String!) { concept(slug: $slug) { slug name kind ${RELATED} } }`,
    { slug },
  );
  return data.concept;
}

/** Every relation type, for the filter list. */
export async function loadRelationTypes(): Promise<RelationTypeInfo[]> {
  const data = await gql<{ relationTypes: RelationTypeInfo[] }>(
    `{ relationTypes { key label inverseLabel } }`,
  );
  return data.relationTypes;
}

/** Adds a Markdown note to a concept and returns it. */
export async function addNote(concept: string, body: string, author?: string): Promise<Note> {
  const data = await gql<{ addNote: Note }>(
    `mutation AddNote($input: NoteInput!) { addNote(input: $input) { ${NOTE} } }`,
    { input: { concept, body, ...(author ? { author } : {}) } },
  );
  return data.addNote;
}
