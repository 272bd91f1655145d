import { Type } from "typebox";
import { createLoaders, type Services } from "../../graph/services.js";
import * as X from "./examples.js";
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
        operationId: "listConcepts",
        summary: "Concepts ordered by slug, filtered and paginated (as GraphQL `concepts`).",
        querystring: S.partial({
          kind: S.str('Only this kind, e.g. "plugin".', "component"),
          tag: S.str('Only with this tag, e.g. "networking".', "storage"),
          text: S.str("Name, slug, summary or alias contains it.", "etcd"),
          ...S.asOfQuery,
          ...S.pageQuery(X.concepts.cursor),
        }),
        response: { 200: S.page(S.concept, X.concepts.cursor), ...S.errors(400) },
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
        operationId: "getConcept",
        summary: "One concept with its relations, notes and sources.",
        params: S.slugParam,
        response: { 200: S.conceptDetail, ...S.errors(404) },
      },
    },
    async (req) => {
      const c =
        (await services.concepts.resolve(req.params.slug)) ??
        (await services.concepts.require(req.params.slug)); // a former slug resolves too
      return conceptDetailView(c, services);
    },
  );

  app.post(
    "/concepts",
    {
      schema: {
        tags,
        operationId: "createConcept",
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
        operationId: "upsertConcept",
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
        operationId: "updateConcept",
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
        operationId: "deleteConcept",
        summary: "Deletes a concept; 409 while it has relations unless cascade=true.",
        params: S.slugParam,
        querystring: S.partial({
          cascade: Type.Boolean({ description: "Delete its relations too.", examples: [true] }),
        }),
        response: {
          200: S.partial(
            {
              slug: Type.String(),
              deletedRelations: Type.Integer(),
              deletedNotes: Type.Integer(),
            },
            S.example(X.concepts.deleted),
          ),
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
        operationId: "addAlias",
        summary: "Adds another name to a concept.",
        params: S.slugParam,
        body: Type.Object({ alias: S.str("The other name.") }, S.body(X.concepts.alias)),
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
        operationId: "removeAlias",
        summary: "Removes an alias of a concept.",
        params: Type.Object({
          slug: S.slugParam.properties.slug,
          alias: S.str("One of its aliases.", X.etcd.aliases[0]),
        }),
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
        operationId: "listConceptNotes",
        summary: "The notes on a concept.",
        params: S.slugParam,
        response: { 200: S.list(S.note), ...S.errors(404) },
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
