import type { FastifyInstance } from "fastify";
import { NotFoundError } from "../../errors.js";
import type { RelationInput, RelationPatch } from "../../graph/relation/relation.service.js";
import { createLoaders, type Services } from "../../graph/services.js";
import * as S from "./schemas.js";
import { relationView } from "./views.js";

const idParam = {
  type: "object",
  properties: { id: { type: "string", description: "Relation id." } },
  required: ["id"],
} as const;

type Id = { Params: { id: string } };

/** Relation routes: list, read, create, upsert by (source, type, target), patch, delete. */
export function relationRoutes(app: FastifyInstance, services: Services) {
  const tags = ["relations"];
  app.get<{
    Querystring: {
      type?: string;
      source?: string;
      target?: string;
      first?: number;
      after?: string;
    };
  }>(
    "/relations",
    {
      schema: {
        tags,
        summary: "Relations ordered by id, filtered and paginated (as GraphQL `relations`).",
        querystring: {
          type: "object",
          properties: {
            type: { type: "string", description: 'Only this type, e.g. "implements-cni".' },
            source: { type: "string", description: "Only from this concept (slug)." },
            target: { type: "string", description: "Only to this concept (slug)." },
            ...S.pageQuery,
          },
        },
        response: { 200: S.page(S.relation), ...S.errors(400) },
      },
    },
    async (req) => {
      const { first, after, ...filter } = req.query;
      const page = await services.relations.list(filter, first, after);
      const loaders = createLoaders(services);
      return {
        items: await Promise.all(page.items.map((e) => relationView(e.node, loaders))),
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        endCursor: page.items.at(-1)?.cursor ?? null,
      };
    },
  );

  app.get<Id>(
    "/relations/:id",
    {
      schema: {
        tags,
        summary: "One relation.",
        params: idParam,
        response: { 200: S.relation, ...S.errors(400, 404) },
      },
    },
    async (req) => {
      const r = await services.relations.get(req.params.id);
      if (!r) throw new NotFoundError("id", `No relation with id ${req.params.id}`);
      return relationView(r, createLoaders(services));
    },
  );

  app.post<{ Body: RelationInput }>(
    "/relations",
    {
      schema: {
        tags,
        summary: "Creates a relation (409 when it exists).",
        body: S.relationCreate,
        response: { 201: S.relation, ...S.errors(400, 409, 413) },
      },
    },
    async (req, reply) => {
      const r = await services.relations.create(req.body);
      return reply.status(201).send(await relationView(r, createLoaders(services)));
    },
  );

  app.put<{
    Params: { source: string; type: string; target: string };
    Body: Pick<RelationInput, "description" | "sources">;
  }>(
    "/relations/:source/:type/:target",
    {
      schema: {
        tags,
        summary: "Creates the relation or updates its description and adds sources (idempotent).",
        params: {
          type: "object",
          properties: {
            source: { type: "string", description: "Source slug." },
            type: { type: "string", description: "Relation type key." },
            target: { type: "string", description: "Target slug." },
          },
          required: ["source", "type", "target"],
        },
        body: {
          type: "object",
          properties: {
            description: S.relationCreate.properties.description,
            sources: S.relationCreate.properties.sources,
          },
          additionalProperties: false,
        },
        response: { 200: S.relation, ...S.errors(400, 409, 413) },
      },
    },
    async (req) => {
      const r = await services.relations.upsert({ ...req.params, ...(req.body ?? {}) });
      return relationView(r, createLoaders(services));
    },
  );

  app.patch<Id & { Body: RelationPatch }>(
    "/relations/:id",
    {
      schema: {
        tags,
        summary: "Changes a relation's description and adds sources.",
        params: idParam,
        body: S.relationPatch,
        response: { 200: S.relation, ...S.errors(400, 404, 409, 413) },
      },
    },
    async (req) => {
      const r = await services.relations.update(req.params.id, req.body);
      return relationView(r, createLoaders(services));
    },
  );

  app.delete<Id>(
    "/relations/:id",
    {
      schema: {
        tags,
        summary: "Deletes a relation and its notes.",
        params: idParam,
        response: {
          200: { type: "object", properties: { id: { type: "string" } } },
          ...S.errors(400, 404),
        },
      },
    },
    async (req) => ({ id: await services.relations.delete(req.params.id) }),
  );
}
