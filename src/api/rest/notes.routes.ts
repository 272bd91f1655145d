import { Type } from "typebox";
import { NotFoundError } from "../../errors.js";
import { createLoaders, type Services } from "../../graph/services.js";
import * as X from "./examples.js";
import * as S from "./schemas.js";
import { noteView } from "./views.js";

const idParam = Type.Object({ id: S.str("Note id.", X.notes.seeded.id) });

/** Note routes: read, add, patch, delete (a concept's notes: GET /concepts/:slug/notes). */
export function noteRoutes(app: S.Api, services: Services) {
  const tags = ["notes"];
  app.get(
    "/notes/:id",
    {
      schema: {
        tags,
        operationId: "getNote",
        summary: "One note.",
        params: idParam,
        response: { 200: S.note, ...S.errors(400, 404) },
      },
    },
    async (req) => {
      const n = await services.notes.get(req.params.id);
      if (!n) throw new NotFoundError("id", `No note with id ${req.params.id}`);
      return noteView(n, createLoaders(services));
    },
  );

  app.post(
    "/notes",
    {
      schema: {
        tags,
        operationId: "addNote",
        summary: "Adds a note to exactly one concept or relation.",
        body: S.noteCreate,
        response: { 201: S.note, ...S.errors(400, 404, 413) },
      },
    },
    async (req, reply) => {
      const n = await services.notes.add(req.body);
      return reply.status(201).send(await noteView(n, createLoaders(services)));
    },
  );

  app.patch(
    "/notes/:id",
    {
      schema: {
        tags,
        operationId: "updateNote",
        summary: "Changes a note's body or author and adds sources.",
        params: idParam,
        body: S.notePatch,
        response: { 200: S.note, ...S.errors(400, 404, 409, 413) },
      },
    },
    async (req) =>
      noteView(await services.notes.update(req.params.id, req.body), createLoaders(services)),
  );

  app.delete(
    "/notes/:id",
    {
      schema: {
        tags,
        operationId: "deleteNote",
        summary: "Deletes a note.",
        params: idParam,
        response: {
          200: S.partial({ id: Type.String() }, S.example({ id: X.notes.seeded.id })),
          ...S.errors(400, 404),
        },
      },
    },
    async (req) => ({ id: await services.notes.delete(req.params.id) }),
  );
}
