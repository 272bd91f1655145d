import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import type { Services } from "../../graph/services.js";
import { publicScope } from "../auth.js";
import { conceptRoutes } from "./concepts.routes.js";
import { installErrorHandling } from "./errors.js";
import { graphRoutes } from "./graph.routes.js";
import { historyRoutes } from "./history.routes.js";
import { ioRoutes } from "./io.routes.js";
import { keyRoutes } from "./keys.routes.js";
import { noteRoutes } from "./notes.routes.js";
import { relationTypeRoutes } from "./relation-types.routes.js";
import { relationRoutes } from "./relations.routes.js";
import { type Api, errorRef, errorSchema } from "./schemas.js";

/** Extra route groups under /api/v1 (exports, imports), registered by their own modules. */
export type RouteGroup = (app: Api, services: Services) => void;

/**
 * Mounts the REST API under /api/v1 over the same services as GraphQL, its OpenAPI 3.1 document
 * at /api/openapi.json (generated from the route schemas) and a page rendering it at /api/docs.
 */
export async function mountRest(
  app: FastifyInstance,
  services: Services,
  opts: { bodyLimit: number; groups?: RouteGroup[] },
) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Kubernetes knowledge graph REST API",
        version: "1",
        description:
          "Concepts, relations, relation types and notes of the Kubernetes knowledge graph; the same services and error codes as the GraphQL API at /graphql.",
        license: { name: "MIT", identifier: "MIT" },
      },
      // Relative: the API is where this document is served from, whatever host, port or proxy
      // the client reached it through (HOST and PORT are only where the process listens).
      servers: [{ url: "/", description: "This server: the one serving this document." }],
      tags: [
        { name: "concepts", description: "Kubernetes concepts, by slug, with tags and aliases." },
        { name: "relation types", description: "The kinds of relation, by key, and their labels." },
        { name: "relations", description: "Typed relations between two concepts." },
        { name: "notes", description: "Markdown notes on a concept or a relation." },
        { name: "graph", description: "Neighbourhoods, paths and full-text search." },
        { name: "export and import", description: "The graph as files, and files into the graph." },
        { name: "history", description: "The change feed, a concept's history, and revert." },
        { name: "API keys", description: "Credentials and their roles (admin only)." },
      ],
      components: {
        securitySchemes: {
          apiKey: {
            type: "http",
            scheme: "bearer",
            description: "An API key (kg_...): needed for writes, optional for reads.",
          },
        },
      },
      // Optional on reads (the empty alternative), required by the services on writes.
      security: [{ apiKey: [] }, {}],
    },
    hideUntagged: true,
    // Shared schemas keep their $id as their component name (e.g. #/components/schemas/Error).
    refResolver: {
      buildLocalReference: (json, _base, _fragment, i) =>
        typeof json.$id === "string" ? json.$id : `def-${i}`,
    },
  });
  app.addSchema(errorSchema);
  await app.register(
    async (instance) => {
      const api: Api = instance.withTypeProvider<TypeBoxTypeProvider>();
      installErrorHandling(api, opts.bodyLimit);
      // Every route may answer a refused key (401) or a spent budget (429); writes a low role (403).
      api.addHook("onRoute", (route) => {
        const response = route.schema?.response as Record<number, unknown> | undefined;
        if (!response) return;
        const write = route.method !== "GET" && route.method !== "HEAD";
        for (const status of write ? [401, 403, 429] : [401, 429]) {
          response[status] ??= errorRef;
        }
      });
      conceptRoutes(api, services);
      relationTypeRoutes(api, services);
      relationRoutes(api, services);
      noteRoutes(api, services);
      ioRoutes(api, services);
      graphRoutes(api, services);
      historyRoutes(api, services);
      keyRoutes(api, services);
      for (const group of opts.groups ?? []) group(api, services);
    },
    { prefix: "/api/v1" },
  );
  // Assets come from the package itself: the page works offline (no CDN).
  await app.register(async (docs) => {
    publicScope(docs);
    await docs.register(swaggerUi, { routePrefix: "/api/docs" });
    docs.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  });
}
