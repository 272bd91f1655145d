/**
 * The explorer's only data access: every GraphQL operation the page sends lives here, so that
 * switching to server-side `search` / `neighborhood` queries later touches this file alone.
 */

export interface ConceptRef {
  slug: string;
  name: string;
  kind: string;
}

export interface Suggestion extends ConceptRef {
  summary: string;
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
 * Concepts whose name, slug, alias or summary contains `text`, best matches first. The exact
 * match (slug, name or alias, via `lookup`) is asked for separately, so that it is never lost
 * beyond the first page of a common word's matches.
 */
export async function suggest(text: string, limit = 8): Promise<Suggestion[]> {
  const fields = "slug name kind summary aliases";
  const data = await gql<{ exact: Suggestion | null; concepts: { edges: { node: Suggestion }[] } }>(
    `query Suggest($text: String!) {
      exact: lookup(name: $text) { ${fields} }
      concepts(first: 50, filter: { text: $text }) { edges { node { ${fields} } } }
    }`,
    { text },
  );
  const found = data.concepts.edges.map((e) => e.node);
  if (data.exact && !found.some((s) => s.slug === data.exact!.slug)) found.push(data.exact);
  return rankSuggestions(found, text).slice(0, limit);
}

/** Orders matches: exact name/slug/alias, then prefixes, then names containing the text, then the rest. */
export function rankSuggestions(items: Suggestion[], text: string): Suggestion[] {
  const q = text.trim().toLowerCase();
  const score = (s: Suggestion) => {
    const names = [s.name.toLowerCase(), s.slug, ...s.aliases.map((a) => a.toLowerCase())];
    if (names.some((n) => n === q)) return 0;
    if (names.some((n) => n.startsWith(q))) return 1;
    if (names.some((n) => n.includes(q))) return 2;
    return 3;
  };
  return items
    .map((s) => ({ s, k: score(s) }))
    .sort((a, b) => a.k - b.k || a.s.name.localeCompare(b.s.name))
    .map((x) => x.s);
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
