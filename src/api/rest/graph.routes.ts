import { Type } from "typebox";
import type { Concept } from "../../graph/concept/concept.model.js";
import type { Direction } from "../../graph/traversal/graph-index.js";
import { createLoaders, type Services } from "../../graph/services.js";
import * as GX from "./graph.examples.js";
import * as G from "./graph.schemas.js";
import * as S from "./schemas.js";
import { conceptView, pageView, relationView } from "./views.js";

const direction = (example: Direction) =>
  S.oneOf<Direction>(
    ["OUT", "IN", "BOTH"],
    "Follow outgoing relations, incoming ones, or both (default BOTH).",
    example,
  );

const types = (example: string) =>
  S.str(
    'Only follow relations of these type keys, comma-separated, e.g. "routes-to,exposes" (errors name them types[0], types[1], ... as GraphQL does).',
    example,
  );

/** A comma-separated query parameter as a list (null when absent or empty). */
export function splitList(value: string | undefined): string[] | null {
  const list = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 ? list : null;
}

/** Graph questions (neighbourhood, paths, search) over the same service methods as GraphQL. */
export function graphRoutes(app: S.Api, services: Services) {
  const tags = ["graph"];
  app.get(
    "/concepts/:slug/neighborhood",
    {
      schema: {
        tags,
        operationId: "getNeighborhood",
        summary:
          "The concepts within `depth` hops of a concept and the relations between them (as GraphQL `neighborhood`).",
        params: Type.Object({ slug: S.str('Slug of the center, e.g. "etcd".', "etcd") }),
        querystring: S.partial({
          depth: Type.Integer({
            description: "Hops to go out, 1 to MAX_TRAVERSAL_DEPTH.",
            examples: [1],
          }),
          direction: direction("OUT"),
          types: types("stores"),
          limit: Type.Integer({ description: "Most concepts (default, cap: 500).", examples: [3] }),
        }),
        response: { 200: G.neighborhood, ...S.errors(400, 404) },
      },
    },
    async (req) => {
      const q = req.query;
      const hood = services.traversal.neighborhood({
        slug: req.params.slug,
        depth: q.depth ?? 1,
        direction: q.direction ?? "BOTH",
        types: splitList(q.types),
        limit: q.limit ?? null,
      });
      const loaders = createLoaders(services);
      const [center, nodes, edges] = await Promise.all([
        conceptView(hood.center, loaders),
        Promise.all(hood.nodes.map((c) => conceptView(c, loaders))),
        Promise.all(hood.edges.map((r) => relationView(r, loaders))),
      ]);
      return { center, nodes, edges, truncated: hood.truncated };
    },
  );

  app.get(
    "/paths",
    {
      schema: {
        tags,
        operationId: "findPaths",
        summary:
          "The shortest path between two concepts, or the `first` shortest simple paths (as GraphQL `paths`); none within maxDepth = [].",
        querystring: Type.Object({
          from: S.str('Slug where paths start, e.g. "ingress".', "ingress"),
          to: S.str('Slug where paths end, e.g. "pod".', "pod"),
          ...S.optional({
            maxDepth: Type.Integer({
              description: "Longest path in steps (default 4).",
              examples: [4],
            }),
            types: types("routes-to,exposes"),
            direction: direction("OUT"),
            first: Type.Integer({
              description: "How many paths (default 1, at most 10).",
              examples: [1],
            }),
          }),
        }),
        response: { 200: G.paths, ...S.errors(400, 404) },
      },
    },
    async (req) => {
      const q = req.query;
      const found = services.traversal.paths({
        from: q.from,
        to: q.to,
        maxDepth: q.maxDepth ?? 4,
        types: splitList(q.types),
        direction: q.direction ?? "BOTH",
        first: q.first ?? 1,
      });
      const loaders = createLoaders(services);
      const view = (c: Concept) => conceptView(c, loaders);
      const paths = await Promise.all(
        found.map(async (p) => ({
          from: await view(p.from),
          to: await view(p.to),
          length: p.length,
          text: p.text,
          steps: await Promise.all(
            p.steps.map(async (s) => ({
              from: await view(s.from),
              concept: await view(s.concept),
              relation: await relationView(s.relation, loaders),
              direction: s.direction,
              label: s.label,
            })),
          ),
        })),
      );
      return { paths };
    },
  );

  app.get(
    "/search",
    {
      schema: {
        tags,
        operationId: "searchConcepts",
        summary:
          'Ranked full-text search (as GraphQL `search`): the last word matches as a prefix ("kube-sch"); exact names and aliases first.',
        querystring: Type.Object({
          text: S.str('Words to find, e.g. "key value store".', "key value store"),
          ...S.optional({
            kinds: S.str(
              'Only these kinds, comma-separated, e.g. "component,resource".',
              "component",
            ),
            ...S.pageQuery(GX.graph.cursor),
          }),
        }),
        response: { 200: S.page(G.searchHit, GX.graph.cursor), ...S.errors(400) },
      },
    },
    async (req) => {
      const { text, kinds, first, after } = req.query;
      const page = await services.search.search(
        text,
        splitList(kinds),
        first ?? null,
        after ?? null,
      );
      const loaders = createLoaders(services);
      return pageView(page, async (hit) => ({
        ...hit,
        concept: await conceptView(hit.concept, loaders),
      }));
    },
  );
}
