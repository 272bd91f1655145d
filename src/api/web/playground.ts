import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { FastifyInstance } from "fastify";
import type { GraphQLSchema } from "graphql";
import { sdlOf } from "../graphql/schema.js";
import { tourFor } from "./playground-tour.js";

/** Shown in the header editor: JSON with comments, so nothing is sent until a line is uncommented. */
const HEADERS_HINT = `{
  // Writes need an API key (an admin makes one: kg keys create --name me --role editor).
  // Uncomment and paste it:
  // "Authorization": "Bearer <your API key>"
}`;

/** The GraphiQL page with one tab per tour step the schema can answer. */
export function renderPlayground(schema: GraphQLSchema, warn: (msg: string) => void): string {
  const steps = tourFor(schema).filter(({ step, errors }) => {
    if (errors.length) warn(`playground tour step left out: ${errors.join("; ")} in ${step.query}`);
    return errors.length === 0;
  });
  return renderGraphiQL({
    endpoint: "/graphql",
    title: "Kubernetes knowledge graph: playground",
    defaultTabs: steps.map(({ step }, i) => ({
      query: `# Tour ${i + 1}/${steps.length}: run the tabs left to right.\n${step.query}`,
      variables: step.variables ?? null,
      headers: HEADERS_HINT,
    })),
    defaultHeaders: HEADERS_HINT,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: true,
  });
}

/**
 * Serves the self-contained GraphiQL (no CDN) at /playground, rendered once from the schema, and
 * the schema as SDL at /schema.graphql (the committed schema.graphql, as this server has it).
 */
export function mountPlayground(app: FastifyInstance, schema: GraphQLSchema) {
  const html = renderPlayground(schema, (msg) => app.log.warn(msg));
  app.get("/playground", async (_req, reply) => reply.type("text/html; charset=utf-8").send(html));
  const sdl = sdlOf(schema);
  app.get("/schema.graphql", async (_req, reply) =>
    reply.type("text/plain; charset=utf-8").send(sdl),
  );
}
