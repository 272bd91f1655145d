/** Small helpers of the team benchmark (bench/team.ts): GraphQL over HTTP, percentiles, pauses. */

export const CONCEPT = `query Concept($slug: String!) { concept(slug: $slug) { slug } }`;
export const CREATE_CONCEPT = `mutation Create($input: ConceptInput!) { createConcept(input: $input) { slug } }`;
export const UPDATE_CONCEPT = `mutation Update($slug: String!, $input: ConceptPatch!) { updateConcept(slug: $slug, input: $input) { slug } }`;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits for `p`, or `ms` at most (without keeping the process alive afterwards). */
export async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

export interface GqlResponse {
  status: number;
  changeId: string | null;
  data?: Record<string, unknown>;
  errors?: unknown[];
}

/** One GraphQL request over HTTP; `headers` adds e.g. authorization or KG-Read-After. */
export async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResponse> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { status: res.status, changeId: res.headers.get("kg-change-id"), ...body };
}

/** A write that must succeed: throws with the server's errors otherwise; returns its change id. */
export async function mustWrite(
  base: string,
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<string> {
  const r = await gql(base, query, variables, { authorization: `Bearer ${key}` });
  if (r.errors || !r.changeId) {
    throw new Error(`write failed (HTTP ${r.status}): ${JSON.stringify(r.errors ?? r.data)}`);
  }
  return r.changeId;
}

/** A new concept's input, unique by `slug`. */
export const conceptInput = (slug: string) => ({
  slug,
  name: slug.replace(/-/g, " "),
  kind: "concept",
  summary: "A concept written by the team benchmark.",
});
