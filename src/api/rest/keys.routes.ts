import { Type } from "typebox";
import type { ApiKey } from "../../graph/key/key.service.js";
import type { Services } from "../../graph/services.js";
import * as X from "./examples.js";
import * as S from "./schemas.js";

const date = (description: string) => S.nullable(S.date(description));

const apiKey = S.partial(
  {
    name: Type.String(),
    role: S.oneOf(["reader", "editor", "admin"]),
    prefix: S.str("The first characters of the secret."),
    createdAt: date("Created at."),
    lastUsedAt: date("Last used at (within a minute)."),
    revokedAt: date("Revoked at; a revoked key is refused."),
  },
  {
    description: "An API key as an admin sees it: never its secret.",
    ...S.example(X.keys.teamKey),
  },
);

const view = ({ id: _id, ...key }: ApiKey) => key;

/** API key routes (admin only): list, create (the secret is in this answer only), revoke. */
export function keyRoutes(app: S.Api, services: Services) {
  const tags = ["API keys"];
  app.get(
    "/keys",
    {
      schema: {
        tags,
        operationId: "listApiKeys",
        summary: "Every API key, revoked ones included (admin only).",
        response: { 200: S.list(apiKey), ...S.errors(401, 403) },
      },
    },
    async () => (await services.keys.list()).map(view),
  );

  app.post(
    "/keys",
    {
      schema: {
        tags,
        operationId: "createApiKey",
        summary: "Creates an API key (admin only); the answer holds its secret, shown only once.",
        body: Type.Object(
          { name: S.str("Unique name of the key."), role: S.str("reader, editor or admin.") },
          S.body(X.keys.create),
        ),
        response: {
          201: S.partial({ key: apiKey, secret: Type.String() }, S.example(X.keys.created)),
          ...S.errors(400, 401, 403, 409),
        },
      },
    },
    async (req, reply) => {
      const { key, secret } = await services.keys.create(req.body);
      return reply.status(201).send({ key: view(key), secret });
    },
  );

  app.delete(
    "/keys/:name",
    {
      schema: {
        tags,
        operationId: "revokeApiKey",
        summary: "Revokes an API key (admin only): it is refused from the next request on.",
        params: Type.Object({ name: S.str("Name of the key.", X.keys.teamKey.name) }),
        response: {
          200: S.partial(apiKey.properties, {
            description: "The key, now revoked.",
            ...S.example(X.keys.revoked),
          }),
          ...S.errors(401, 403, 404),
        },
      },
    },
    async (req) => view(await services.keys.revoke(req.params.name)),
  );
}
