import { Type } from "typebox";
import { NotFoundError } from "../../errors.js";
import type { Services } from "../../graph/services.js";
import * as X from "./examples.js";
import * as S from "./schemas.js";

/** The key in the path; its example names a type the seeded graph has (or one made by the examples). */
const keyParam = (example = X.relationTypes.stores.key) =>
  Type.Object({ key: S.str('Relation type key, e.g. "runs-on".', example) });

/** Relation type routes: list, read, create, upsert, patch, delete. */
export function relationTypeRoutes(app: S.Api, services: Services) {
  const tags = ["relation types"];
  app.get(
    "/relation-types",
    {
      schema: {
        tags,
        operationId: "listRelationTypes",
        summary: "Every relation type, by key.",
        response: { 200: S.list(S.relationType) },
      },
    },
    () => services.relationTypes.list(),
  );

  app.get(
    "/relation-types/:key",
    {
      schema: {
        tags,
        operationId: "getRelationType",
        summary: "One relation type.",
        params: keyParam(),
        response: { 200: S.relationType, ...S.errors(404) },
      },
    },
    async (req) => {
      const t = await services.relationTypes.get(req.params.key);
      if (!t) throw new NotFoundError("key", `No relation type with key "${req.params.key}"`);
      return t;
    },
  );

  app.post(
    "/relation-types",
    {
      schema: {
        tags,
        operationId: "createRelationType",
        summary: "Creates a relation type (409 when the key exists).",
        body: S.relationTypeCreate,
        response: { 201: S.relationType, ...S.errors(400, 409, 413) },
      },
    },
    async (req, reply) => reply.status(201).send(await services.relationTypes.create(req.body)),
  );

  app.put(
    "/relation-types/:key",
    {
      schema: {
        tags,
        operationId: "upsertRelationType",
        summary: "Creates the relation type, or updates the given fields (idempotent upsert).",
        params: keyParam(),
        body: S.relationTypeUpsert,
        response: { 200: S.relationType, ...S.errors(400, 413) },
      },
    },
    async (req) => services.relationTypes.upsert({ ...req.body, key: req.params.key }),
  );

  app.patch(
    "/relation-types/:key",
    {
      schema: {
        tags,
        operationId: "updateRelationType",
        summary: "Changes the labels, description or kind constraints of a relation type.",
        params: keyParam(),
        body: S.relationTypePatch,
        response: { 200: S.relationType, ...S.errors(400, 404, 413) },
      },
    },
    async (req) => services.relationTypes.update(req.params.key, req.body),
  );

  app.delete(
    "/relation-types/:key",
    {
      schema: {
        tags,
        operationId: "deleteRelationType",
        summary: "Deletes an unused relation type (409 while relations use it).",
        params: keyParam(X.relationTypes.create.key),
        response: {
          200: S.partial({ key: Type.String() }, S.example({ key: X.relationTypes.create.key })),
          ...S.errors(404, 409),
        },
      },
    },
    async (req) => ({ key: await services.relationTypes.delete(req.params.key) }),
  );
}
