import { Type } from "typebox";
import { createLoaders, type Services } from "../../graph/services.js";
import * as S from "./schemas.js";
import { conceptDetailView, conceptView, noteView, pageView } from "./views.js";

/** Concept routes: list, read one (with relations and notes), create, upsert, patch, delete, aliases. */
export function conceptRoutes(app: S.Api, services: Services) {
  const tags = ["concepts"];
  app.get(
    "/concepts",
    {
      schema: {
        tags,
        summary: "Concepts ordered by slug, filtered and paginated (as GraphQL `concepts`).",
        querystring: S.partial({
          kind: S.str('Only this kind, e.g. "plugin".'),
          tag: S.str('Only with this tag, e.g. "networking".'),
          text: S.str("Name, slug, summary or alias contains it."),
          ...S.asOfQuery,
          ...S.pageQuery,
        }),
        response: { 200: S.page(S.concept), ...S.errors(400) },
      },
    },
    async (req) => {
      const { first, after, ...filter } = req.query;
      const loaders = createLoaders(services);
      const page = await services.concepts.list(filter, first, after);
      return pageView(page, (c) => conceptView(c, loaders));
    },
  );

  app.get(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "One concept with its relations, notes and sources.",
        params: S.slugParam,
        response: { 200: S.conceptDetail, ...S.errors(404) },
      },
    },
    async (req) => {
      const c =
        (await services.concepts.resolve(req.params.slug)) ??
        (await services.concepts.require(req.params.slug)); // a former slug resolves too
      return conceptDetailView(c, createLoaders(services));
    },
  );

  app.post(
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

  app.put(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "Creates the concept or updates the given fields (idempotent upsert).",
        params: S.slugParam,
        body: S.conceptUpsert,
        response: { 200: S.concept, ...S.errors(400, 409, 413) },
      },
    },
    async (req) => {
      const c = await services.concepts.upsert({ ...req.body, slug: req.params.slug });
      return conceptView(c, createLoaders(services));
    },
  );

  app.patch(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "Changes the given fields of a concept.",
        params: S.slugParam,
        body: S.conceptPatch,
        response: { 200: S.concept, ...S.errors(400, 404, 409, 413) },
      },
    },
    async (req) => {
      const c = await services.concepts.update(req.params.slug, req.body);
      return conceptView(c, createLoaders(services));
    },
  );

  app.delete(
    "/concepts/:slug",
    {
      schema: {
        tags,
        summary: "Deletes a concept; 409 while it has relations unless cascade=true.",
        params: S.slugParam,
        querystring: S.partial({
          cascade: Type.Boolean({ description: "Delete its relations too." }),
        }),
        response: {
          200: S.partial({
            slug: Type.String(),
            deletedRelations: Type.Integer(),
            deletedNotes: Type.Integer(),
          }),
          ...S.errors(404, 409),
        },
      },
    },
    async (req) => services.concepts.delete(req.params.slug, req.query.cascade ?? false),
  );

  app.post(
    "/concepts/:slug/aliases",
    {
      schema: {
        tags,
        summary: "Adds another name to a concept.",
        params: S.slugParam,
        body: Type.Object({ alias: S.str("The other name.") }, { additionalProperties: false }),
        response: { 201: S.concept, ...S.errors(400, 404, 409) },
      },
    },
    async (req, reply) => {
      const c = await services.concepts.addAlias(req.params.slug, req.body.alias);
      return reply.status(201).send(await conceptView(c, createLoaders(services)));
    },
  );

  app.delete(
    "/concepts/:slug/aliases/:alias",
    {
      schema: {
        tags,
        summary: "Removes an alias of a concept.",
        params: Type.Object({ slug: Type.String(), alias: Type.String() }),
        response: { 200: S.concept, ...S.errors(404) },
      },
    },
    async (req) => {
      const c = await services.concepts.removeAlias(req.params.slug, req.params.alias);
      return conceptView(c, createLoaders(services));
    },
  );

  app.get(
    "/concepts/:slug/notes",
    {
      schema: {
        tags: ["notes"],
        summary: "The notes on a concept.",
        params: S.slugParam,
        response: { 200: Type.Array(S.note), ...S.errors(404) },
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
