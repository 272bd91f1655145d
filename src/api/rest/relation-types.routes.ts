import { Type } from "typebox";
import { NotFoundError } from "../../errors.js";
import type { Services } from "../../graph/services.js";
import * as S from "./schemas.js";

const keyParam = Type.Object({ key: S.str('Relation type key, e.g. "runs-on".') });

/** Relation type routes: list, read, create, upsert, patch, delete. */
export function relationTypeRoutes(app: S.Api, services: Services) {
  const tags = ["relation types"];
  app.get(
    "/relation-types",
    {
      schema: {
        tags,
        summary: "Every relation type, by key.",
        response: { 200: Type.Array(S.relationType) },
      },
    },
    () => services.relationTypes.list(),
  );

  app.get(
    "/relation-types/:key",
    {
      schema: {
        tags,
        summary: "One relation type.",
        params: keyParam,
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
        summary: "Creates the relation type, or updates the given fields (idempotent upsert).",
        params: keyParam,
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
        summary: "Changes the labels, description or kind constraints of a relation type.",
        params: keyParam,
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
        summary: "Deletes an unused relation type (409 while relations use it).",
        params: keyParam,
        response: { 200: S.partial({ key: Type.String() }), ...S.errors(404, 409) },
      },
    },
    async (req) => ({ key: await services.relationTypes.delete(req.params.key) }),
  );
}
