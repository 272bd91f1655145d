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

/**
 * The GraphiQL page with one tab per tour step the schema can answer. GraphiQL is imported here,
 * on first use: its bundle is a ~18 MB string that would otherwise sit in every server's heap
 * (~30 MB with the page), opened or not.
 */
export async function renderPlayground(
  schema: GraphQLSchema,
  warn: (msg: string) => void,
): Promise<string> {
  const { renderGraphiQL } = await import("@graphql-yoga/render-graphiql");
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
 * Serves the self-contained GraphiQL (no CDN) at /playground, rendered from the schema on first
 * request and kept, and the schema as SDL at /schema.graphql (the committed schema.graphql, as
 * this server has it).
 */
export function mountPlayground(app: FastifyInstance, schema: GraphQLSchema) {
  let html: Promise<string> | undefined;
  app.get("/playground", async (_req, reply) => {
    html ??= renderPlayground(schema, (msg) => app.log.warn(msg));
    return reply.type("text/html; charset=utf-8").send(await html);
  });
  const sdl = sdlOf(schema);
  app.get("/schema.graphql", async (_req, reply) =>
    reply.type("text/plain; charset=utf-8").send(sdl),
  );
}
