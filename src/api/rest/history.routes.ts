import { Type } from "typebox";
import type { Services } from "../../graph/services.js";
import * as X from "./examples.js";
import * as S from "./schemas.js";
import { pageView } from "./views.js";

/** A recorded change, as GraphQL `ChangeEntry`. */
const changeEntry = S.partial(
  {
    id: Type.Integer({ description: "Change id; ids grow in commit order." }),
    at: S.date("When it was committed."),
    actor: S.str('API key name, or "system", "seed", "cli".'),
    entity: S.str("concept, relation, relationType, note, or import (an import's bulk part)."),
    op: S.str("create, update or delete."),
    key: S.str('Concept slug, relation id, relation type key, note id, or "import-<id>".'),
    before: Type.Unknown({ description: "The entity before (null for a create)." }),
    after: Type.Unknown({
      description:
        "The entity after (null for a delete); for an import, its summary (counts, first keys).",
    }),
    revertOf: S.nullable(Type.Integer({ description: "The change this one undid." })),
    subjects: Type.Array(Type.String(), { description: "Concept slugs." }),
  },
  S.example(X.history.storesChanged),
);

/** History routes: the change feed, a concept's history, revert. */
export function historyRoutes(app: S.Api, services: Services) {
  const tags = ["history"];
  app.get(
    "/changes",
    {
      schema: {
        tags,
        operationId: "listChanges",
        summary:
          "The change feed: changes after `since` in commit order, and the cursor to poll with next (as GraphQL `changes`).",
        querystring: S.partial({
          since: S.str("The cursor of the previous poll; omit to start.", X.history.since),
          first: S.firstQuery,
        }),
        response: {
          200: S.partial(
            {
              items: Type.Array(changeEntry),
              cursor: S.str("Pass as `since` next time."),
              hasMore: Type.Boolean({ description: "More are waiting: poll again at once." }),
            },
            S.example(X.history.feed),
          ),
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
        operationId: "getChangesCursor",
        summary:
          "The cursor of the latest change, to follow only what happens from now on (as GraphQL `changesCursor`).",
        response: { 200: S.partial({ cursor: Type.String() }, S.example(X.history.latest)) },
      },
    },
    async () => ({ cursor: await services.history.latestCursor() }),
  );

  app.get(
    "/concepts/:slug/history",
    {
      schema: {
        tags,
        operationId: "getConceptHistory",
        summary:
          "The changes that concern a concept, newest first (as GraphQL `history`); readable after it is deleted.",
        params: S.slugParam,
        querystring: S.partial(S.pageQuery(X.history.cursor)),
        response: {
          200: S.page(changeEntry, X.history.cursor, X.history.seedImport),
          ...S.errors(400, 404),
        },
      },
    },
    async (req) => {
      const { first, after } = req.query;
      return pageView(await services.history.forConcept(req.params.slug, first, after), (e) => e);
    },
  );

  app.post(
    "/changes/:id/revert",
    {
      schema: {
        tags,
        operationId: "revertChange",
        summary:
          "Undoes a change through the normal writes; 409 when the entity changed since or cannot be restored.",
        params: Type.Object({ id: S.str("Change id.", String(X.history.storesChanged.id)) }),
        response: {
          200: S.partial(
            {
              reverted: changeEntry,
              changes: Type.Array(changeEntry, { description: "The new changes." }),
            },
            S.example(X.history.revert),
          ),
          ...S.errors(400, 404, 409),
        },
      },
    },
    async (req) => services.history.revert(req.params.id),
  );
}
