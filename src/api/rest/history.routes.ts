import type { FastifyInstance } from "fastify";
import type { Services } from "../../graph/services.js";
import * as S from "./schemas.js";

/** A recorded change, as GraphQL `ChangeEntry`. */
const changeEntry = {
  type: "object",
  properties: {
    id: { type: "integer", description: "Change id; ids grow in commit order." },
    at: { type: "string", format: "date-time", description: "When it was committed." },
    actor: { type: "string", description: 'API key name, or "system", "seed", "cli".' },
    entity: {
      type: "string",
      description: "concept, relation, relationType, note, or import (an import's bulk part).",
    },
    op: { type: "string", description: "create, update or delete." },
    key: {
      type: "string",
      description: 'Concept slug, relation id, relation type key, note id, or "import-<id>".',
    },
    before: { description: "The entity before (null for a create)." },
    after: {
      description:
        "The entity after (null for a delete); for an import, its summary (counts, first keys).",
    },
    revertOf: { type: ["integer", "null"], description: "The change this one undid." },
    subjects: { type: "array", items: { type: "string" }, description: "Concept slugs." },
  },
} as const;

/** History routes: the change feed, a concept's history, revert. */
export function historyRoutes(app: FastifyInstance, services: Services) {
  const tags = ["history"];
  app.get<{ Querystring: { since?: string; first?: number } }>(
    "/changes",
    {
      schema: {
        tags,
        summary:
          "The change feed: changes after `since` in commit order, and the cursor to poll with next (as GraphQL `changes`).",
        querystring: {
          type: "object",
          properties: {
            since: {
              type: "string",
              description: "The cursor of the previous poll; omit to start.",
            },
            first: S.pageQuery.first,
          },
        },
        response: {
          200: {
            type: "object",
            properties: {
              items: { type: "array", items: changeEntry },
              cursor: { type: "string", description: "Pass as `since` next time." },
              hasMore: { type: "boolean", description: "More are waiting: poll again at once." },
            },
          },
          ...S.errors(400),
        },
      },
    },
    async (req) => services.history.feed(req.query.since, req.query.first),
  );

  app.get(
    "/changes/cursor",
    {
      schema: {
        tags,
        summary:
          "The cursor of the latest change, to follow only what happens from now on (as GraphQL `changesCursor`).",
        response: { 200: { type: "object", properties: { cursor: { type: "string" } } } },
      },
    },
    async () => ({ cursor: await services.history.latestCursor() }),
  );

  app.get<{ Params: { slug: string }; Querystring: { first?: number; after?: string } }>(
    "/concepts/:slug/history",
    {
      schema: {
        tags,
        summary:
          "The changes that concern a concept, newest first (as GraphQL `history`); readable after it is deleted.",
        params: {
          type: "object",
          properties: { slug: { type: "string", description: 'Concept slug, e.g. "etcd".' } },
          required: ["slug"],
        },
        querystring: { type: "object", properties: { ...S.pageQuery } },
        response: { 200: S.page(changeEntry), ...S.errors(400, 404) },
      },
    },
    async (req) => {
      const page = await services.history.forConcept(
        req.params.slug,
        req.query.first,
        req.query.after,
      );
      return {
        items: page.items.map((e) => e.node),
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        endCursor: page.items.at(-1)?.cursor ?? null,
      };
    },
  );

  app.post<{ Params: { id: string } }>(
    "/changes/:id/revert",
    {
      schema: {
        tags,
        summary:
          "Undoes a change through the normal writes; 409 when the entity changed since or cannot be restored.",
        params: {
          type: "object",
          properties: { id: { type: "string", description: "Change id." } },
          required: ["id"],
        },
        response: {
          200: {
            type: "object",
            properties: {
              reverted: changeEntry,
              changes: { type: "array", items: changeEntry, description: "The new changes." },
            },
          },
          ...S.errors(400, 404, 409),
        },
      },
    },
    async (req) => services.history.revert(req.params.id),
  );
}
