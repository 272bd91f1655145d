import { TYPES, rng } from "./graph.js";
import type { AutocannonRequest } from "./peers.js";

/** The app's queries, one per workload (docs/benchmark.md, "Running it"). */
export const W1 = `query W1($slug: String!) { concept(slug: $slug) { slug name kind summary related { direction label concept { slug name } } } }`;
export const W2 = `query W2($slug: String!) { neighborhood(slug: $slug, depth: 2, limit: 200) { truncated nodes { slug name } edges { id } } }`;
export const W3 = `query W3($from: String!, $to: String!) { paths(from: $from, to: $to, maxDepth: 4) { length steps { label direction concept { slug name } } } }`;
export const W4 = `query W4($text: String!) { search(text: $text, first: 10) { totalCount edges { node { concept { slug name } snippet } } } }`;
export const WRITE = `mutation W5($input: RelationInput!) { createRelation(input: $input) { id } }`;

/** W1 for PostGraphile over the bench's own tables (relation_type, concept, relation). */
export const PG_W1 = `query W1($slug: String!) { conceptBySlug(slug: $slug) { slug name kind summary
  out: relationsBySourceId { nodes { relationTypeByTypeKey { label } conceptByTargetId { slug name } } }
  in: relationsByTargetId { nodes { relationTypeByTypeKey { inverseLabel } conceptBySourceId { slug name } } } } }`;

/**
 * W1 for PostGraphile over the app's own tables (Concept, Relation, RelationType). Prisma makes
 * `slug` unique with a unique index, not a constraint, and PostGraphile only offers lookups by
 * constraints (there is no `conceptBySlug`): the concept is found through `condition`, which the
 * same index serves.
 */
export const PG_KG_W1 = `query W1($slug: String!) { allConcepts(condition: { slug: $slug }, first: 1) { nodes { slug name kind summary
  out: relationsBySourceId { nodes { relationTypeByTypeKey { label } conceptByTargetId { slug name } } }
  in: relationsByTargetId { nodes { relationTypeByTypeKey { inverseLabel } conceptBySourceId { slug name } } } } } }`;

export const post = (body: unknown): AutocannonRequest => ({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Requests that rotate over a list of variable sets, one per request. */
export function rotating(query: string, vars: Record<string, unknown>[]): AutocannonRequest[] {
  let i = 0;
  return [
    {
      ...post({ query }),
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({ query, variables: vars[i++ % vars.length] }),
      }),
    },
  ];
}

export type Workloads = ReturnType<typeof workloads>;

/** Slugs, paths pairs and search texts for one graph, deterministic. */
export function workloads(
  slugs: string[],
  neighbours: (i: number) => number[],
  names: (i: number) => string,
) {
  const rand = rng(7);
  const pick = () => Math.floor(rand() * slugs.length);
  const sample = Array.from({ length: 300 }, () => slugs[pick()]!);
  const pairs: { from: string; to: string }[] = [];
  while (pairs.length < 300) {
    const start = pick();
    let at = start;
    const hops = 1 + (pairs.length % 4);
    for (let h = 0; h < hops; h++) {
      const next = neighbours(at);
      if (next.length === 0) break;
      at = next[Math.floor(rand() * next.length)]!;
    }
    if (at !== start) pairs.push({ from: slugs[start]!, to: slugs[at]! });
  }
  // What a user types while looking for a concept: the first words of its name, the last one cut.
  const texts = sample.map((slug) => {
    const words = names(slugs.indexOf(slug))
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const last = words[Math.min(2, words.length - 1)]!;
    return [
      ...words.slice(0, Math.min(2, words.length - 1)),
      last.slice(0, Math.max(2, last.length - 2)),
    ].join(" ");
  });
  return { sample, pairs, texts };
}

/** The read workloads W1-W4 as autocannon requests, in order. */
export function reads(w: Workloads): [string, AutocannonRequest[]][] {
  const bySlug = w.sample.map((slug) => ({ slug }));
  return [
    ["W1", rotating(W1, bySlug)],
    ["W2", rotating(W2, bySlug)],
    ["W3", rotating(W3, w.pairs)],
    [
      "W4",
      rotating(
        W4,
        w.texts.map((text) => ({ text })),
      ),
    ],
  ];
}

/** W5: per connection, one createRelation then a read of its source that must show it, then 8 reads. */
export function mixed(
  slugs: string[],
  sample: string[],
  violations: { count: number; checked: number },
  key: string,
) {
  let next = 0;
  let r = 0;
  const rand = rng(11);
  const written = post({ query: WRITE });
  const write: AutocannonRequest = {
    ...written,
    headers: { ...written.headers, authorization: `Bearer ${key}` },
    setupRequest: (req, ctx) => {
      const s = slugs[Math.floor(rand() * slugs.length)]!;
      const t = slugs[Math.floor(rand() * slugs.length)]!;
      const type = TYPES[next++ % TYPES.length]!.key;
      ctx.source = s;
      ctx.target = t;
      return {
        ...req,
        body: JSON.stringify({
          query: WRITE,
          variables: { input: { source: s, type, target: t } },
        }),
      };
    },
    onResponse: (_status, body, ctx) => {
      ctx.ok = !(JSON.parse(body) as { errors?: unknown }).errors;
    },
  };
  const check: AutocannonRequest = {
    ...post({ query: W1 }),
    setupRequest: (req, ctx) => ({
      ...req,
      body: JSON.stringify({ query: W1, variables: { slug: ctx.source } }),
    }),
    onResponse: (_status, body, ctx) => {
      if (!ctx.ok) return;
      violations.checked++;
      const data = JSON.parse(body) as {
        data?: { concept?: { related: { concept: { slug: string } }[] } };
      };
      if (!data.data?.concept?.related.some((x) => x.concept.slug === ctx.target))
        violations.count++;
    },
  };
  const read: AutocannonRequest = {
    ...post({ query: W1 }),
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ query: W1, variables: { slug: sample[r++ % sample.length] } }),
    }),
  };
  return [write, check, ...Array.from({ length: 8 }, () => read)];
}

/** One relation of a W1 answer, as "OUT uses c-12 name": to compare two servers' answers. */
export type RelatedRow = string;

/** The relations of kg's W1 answer, sorted. */
export function kgRelated(body: unknown): RelatedRow[] {
  const c = (
    body as {
      data?: {
        concept?: {
          related: { direction: string; label: string; concept: { slug: string; name: string } }[];
        } | null;
      };
    }
  ).data?.concept;
  if (!c) throw new Error(`kg W1 answered no concept: ${JSON.stringify(body)}`);
  return c.related
    .map((r) => `${r.direction} ${r.label} ${r.concept.slug} ${r.concept.name}`)
    .sort();
}

/** The relations of PostGraphile's W1 answer on the app's tables (PG_KG_W1), sorted like kgRelated. */
export function postgraphileRelated(body: unknown): RelatedRow[] {
  type Side<L extends string, C extends string> = {
    nodes: ({ relationTypeByTypeKey: Record<L, string> } & Record<
      C,
      { slug: string; name: string }
    >)[];
  };
  const c = (
    body as {
      data?: {
        allConcepts?: {
          nodes: {
            out: Side<"label", "conceptByTargetId">;
            in: Side<"inverseLabel", "conceptBySourceId">;
          }[];
        };
      };
    }
  ).data?.allConcepts?.nodes[0];
  if (!c) throw new Error(`PostGraphile W1 answered no concept: ${JSON.stringify(body)}`);
  return [
    ...c.out.nodes.map(
      (r) =>
        `OUT ${r.relationTypeByTypeKey.label} ${r.conceptByTargetId.slug} ${r.conceptByTargetId.name}`,
    ),
    ...c.in.nodes.map(
      (r) =>
        `IN ${r.relationTypeByTypeKey.inverseLabel} ${r.conceptBySourceId.slug} ${r.conceptBySourceId.name}`,
    ),
  ].sort();
}
