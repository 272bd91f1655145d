import type { FastifyInstance } from "fastify";
import type { ConceptCreate, ConceptPatch } from "../../graph/concept/concept.service.js";
import { createLoaders, type Services } from "../../graph/services.js";
import * as S from "./schemas.js";
import { conceptDetailView, conceptView, noteView } from "./views.js";

const slugParam = {
  type: "object",
  properties: { slug: { type: "string", description: 'Concept slug, e.g. "etcd".' } },
  required: ["slug"],
} as const;

type Slug = { Params: { slug: string } };

/** Concept routes: list, read one (with relations and notes), create, upsert, patch, delete, aliases. */
export function conceptRoutes(app: FastifyInstance, services: Services) {
  const tags = ["concepts"];
  app.get<{
    Querystring: { kind?: string; tag?: string; text?: string; first?: number; after?: string };
  }>(
    "/concepts",
    {
      schema: {
        tags,
        summary: "Concepts ordered by slug, filtered and paginated (as GraphQL `concepts`).",
        querystring: {
          type: "object",
          properties: {
            kind: { type: "string", description: 'Only this kind, e.g. "plugin".' },
            tag: { type: "string", description: 'Only with this tag, e.g. "networking".' },
            text: { type: "string", description: "Name, slug, summary or alias contains it." },
            ...S.pageQuery,
          },
        },
        response: { 200: S.page(S.concept), ...S.errors(400) },
      },
    },
    async (req) => {
      const { first, after, ...filter } = req.query;
      const page = await services.concepts.list(filter, first, after);
      const loaders = createLoaders(services);
      return {
        items: await Promise.all(page.items.map((e) => conceptView(e.node, loaders))),
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        endCursor: page.items.at(-1)?.cursor ?? null,
      };
    },
  );

  app.get<Slug>(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "One concept with its relations, notes and sources.",
        params: slugParam,
        response: { 200: S.conceptDetail, ...S.errors(404) },
      },
    },
    async (req) => {
      const c = await services.concepts.require(req.params.slug);
      return conceptDetailView(c, createLoaders(services));
    },
  );

  app.post<{ Body: ConceptCreate }>(
    "/concepts",
    {
      schema: {
        tags,
        summary: "Creates a concept (409 when the slug exists).",
        body: S.conceptCreate,
        response: { 201: S.concept, ...S.errors(400, 409, 413) },
      },
    },
    async (req, reply) => {
      const c = await services.concepts.create(req.body);
      return reply.status(201).send(await conceptView(c, createLoaders(services)));
    },
  );

  app.put<Slug & { Body: Omit<ConceptCreate, "slug"> & { slug?: string } }>(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "Creates the concept or updates the given fields (idempotent upsert).",
        params: slugParam,
        body: S.conceptUpsert,
        response: { 200: S.concept, ...S.errors(400, 409, 413) },
      },
    },
    async (req) => {
      const c = await services.concepts.upsert({ ...req.body, slug: req.params.slug });
      return conceptView(c, createLoaders(services));
    },
  );

  app.patch<Slug & { Body: ConceptPatch }>(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "Changes the given fields of a concept.",
        params: slugParam,
        body: S.conceptPatch,
        response: { 200: S.concept, ...S.errors(400, 404, 409, 413) },
      },
    },
    async (req) => {
      const c = await services.concepts.update(req.params.slug, req.body);
      return conceptView(c, createLoaders(services));
    },
  );

  app.delete<Slug & { Querystring: { cascade?: boolean } }>(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "Deletes a concept; 409 while it has relations unless cascade=true.",
        params: slugParam,
        querystring: {
          type: "object",
          properties: { cascade: { type: "boolean", description: "Delete its relations too." } },
        },
        response: {
          200: {
            type: "object",
            properties: {
              slug: { type: "string" },
              deletedRelations: { type: "integer" },
              deletedNotes: { type: "integer" },
            },
          },
          ...S.errors(404, 409),
        },
      },
    },
    async (req) => services.concepts.delete(req.params.slug, req.query.cascade ?? false),
  );

  app.post<Slug & { Body: { alias: string } }>(
    "/concepts/:slug/aliases",
    {
      schema: {
        tags,
        summary: "Adds another name to a concept.",
        params: slugParam,
        body: {
          type: "object",
          properties: { alias: { type: "string", description: "The other name." } },
          required: ["alias"],
          additionalProperties: false,
        },
        response: { 201: S.concept, ...S.errors(400, 404, 409) },
      },
    },
    async (req, reply) => {
      const c = await services.concepts.addAlias(req.params.slug, req.body.alias);
      return reply.status(201).send(await conceptView(c, createLoaders(services)));
    },
  );

  app.delete<{ Params: { slug: string; alias: string } }>(
    "/concepts/:slug/aliases/:alias",
    {
      schema: {
        tags,
        summary: "Removes an alias of a concept.",
        params: {
          type: "object",
          properties: { slug: { type: "string" }, alias: { type: "string" } },
          required: ["slug", "alias"],
        },
        response: { 200: S.concept, ...S.errors(404) },
      },
    },
    async (req) => {
      const c = await services.concepts.removeAlias(req.params.slug, req.params.alias);
      return conceptView(c, createLoaders(services));
    },
  );

  app.get<Slug>(
    "/concepts/:slug/notes",
    {
      schema: {
        tags: ["notes"],
        summary: "The notes on a concept.",
        params: slugParam,
        response: { 200: { type: "array", items: S.note }, ...S.errors(404) },
      },
    },
    async (req) => {
      const c = await services.concepts.require(req.params.slug);
      const loaders = createLoaders(services);
      const notes = await loaders.notes.byConcept.load(c.id);
      return Promise.all(notes.map((n) => noteView(n, loaders)));
    },
  );
}
