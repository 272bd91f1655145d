import type { FastifyInstance } from "fastify";
import type { ApiKey, ApiKeyInput } from "../../graph/key/key.service.js";
import type { Services } from "../../graph/services.js";
import * as S from "./schemas.js";

const date = (description: string) =>
  ({ type: ["string", "null"], format: "date-time", description }) as const;

const apiKey = {
  type: "object",
  description: "An API key as an admin sees it: never its secret.",
  properties: {
    name: { type: "string" },
    role: { type: "string", enum: ["reader", "editor", "admin"] },
    prefix: { type: "string", description: "The first characters of the secret." },
    createdAt: date("Created at."),
    lastUsedAt: date("Last used at (within a minute)."),
    revokedAt: date("Revoked at; a revoked key is refused."),
  },
} as const;

const view = ({ id: _id, ...key }: ApiKey) => key;

/** API key routes (admin only): list, create (the secret is in this answer only), revoke. */
export function keyRoutes(app: FastifyInstance, services: Services) {
  const tags = ["API keys"];
  app.get(
    "/keys",
    {
      schema: {
        tags,
        summary: "Every API key, revoked ones included (admin only).",
        response: { 200: { type: "array", items: apiKey }, ...S.errors(401, 403) },
      },
    },
    async () => (await services.keys.list()).map(view),
  );

  app.post<{ Body: ApiKeyInput }>(
    "/keys",
    {
      schema: {
        tags,
        summary: "Creates an API key (admin only); the answer holds its secret, shown only once.",
        body: {
          type: "object",
          properties: {
            name: { type: "string", description: "Unique name of the key." },
            role: { type: "string", description: "reader, editor or admin." },
          },
          required: ["name", "role"],
          additionalProperties: false,
        },
        response: {
          201: {
            type: "object",
            properties: { key: apiKey, secret: { type: "string" } },
          },
          ...S.errors(400, 401, 403, 409),
        },
      },
    },
    async (req, reply) => {
      const { key, secret } = await services.keys.create(req.body);
      return reply.status(201).send({ key: view(key), secret });
    },
  );

  app.delete<{ Params: { name: string } }>(
    "/keys/:name",
    {
      schema: {
        tags,
        summary: "Revokes an API key (admin only): it is refused from the next request on.",
        params: {
          type: "object",
          properties: { name: { type: "string", description: "Name of the key." } },
          required: ["name"],
        },
        response: { 200: apiKey, ...S.errors(401, 403, 404) },
      },
    },
    async (req) => view(await services.keys.revoke(req.params.name)),
  );
}
