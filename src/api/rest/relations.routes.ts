import { Type } from "typebox";
import { NotFoundError } from "../../errors.js";
import { createLoaders, type Services } from "../../graph/services.js";
import * as X from "./examples.js";
import * as S from "./schemas.js";
import { pageView, relationView } from "./views.js";

const idParam = Type.Object({ id: S.str("Relation id.", X.etcdStoresState.id) });

/** Relation routes: list, read, create, upsert by (source, type, target), patch, delete. */
export function relationRoutes(app: S.Api, services: Services) {
  const tags = ["relations"];
  app.get(
    "/relations",
    {
      schema: {
        tags,
        operationId: "listRelations",
        summary: "Relations ordered by id, filtered and paginated (as GraphQL `relations`).",
        querystring: S.partial({
          type: S.str(
            'Only this type and its subtypes (unless exactType), e.g. "implements".',
            "stores",
          ),
          exactType: Type.Boolean({ description: "Only the type given, not its subtypes." }),
          ...S.asOfQuery,
          source: S.str("Only from this concept (slug).", "etcd"),
          target: S.str("Only to this concept (slug).", "cluster-state"),
          ...S.pageQuery(X.relations.cursor),
        }),
        response: { 200: S.page(S.relation, X.relations.cursor), ...S.errors(400) },
      },
    },
    async (req) => {
      const { first, after, ...filter } = req.query;
      const loaders = createLoaders(services);
      const page = await services.relations.list(filter, first, after);
      return pageView(page, (r) => relationView(r, loaders));
    },
  );

  app.get(
    "/relations/:id",
    {
      schema: {
        tags,
        operationId: "getRelation",
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

  app.post(
    "/relations",
    {
      schema: {
        tags,
        operationId: "createRelation",
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

  app.put(
    "/relations/:source/:type/:target",
    {
      schema: {
        tags,
        operationId: "upsertRelation",
        summary: "Creates the relation or updates its description and adds sources (idempotent).",
        params: Type.Object({
          source: S.str("Source slug.", "etcd"),
          type: S.str("Relation type key.", "stores"),
          target: S.str("Target slug.", "cluster-state"),
        }),
        body: S.relationUpsert,
        response: { 200: S.relation, ...S.errors(400, 409, 413) },
      },
    },
    async (req) => {
      const r = await services.relations.upsert({ ...req.params, ...(req.body ?? {}) });
      return relationView(r, createLoaders(services));
    },
  );

  app.patch(
    "/relations/:id",
    {
      schema: {
        tags,
        operationId: "updateRelation",
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

  app.delete(
    "/relations/:id",
    {
      schema: {
        tags,
        operationId: "deleteRelation",
        summary: "Deletes a relation and its notes.",
        params: idParam,
        response: {
          200: S.partial({ id: Type.String() }, S.example({ id: X.etcdStoresState.id })),
          ...S.errors(400, 404),
        },
      },
    },
    async (req) => ({ id: await services.relations.delete(req.params.id) }),
  );
}
