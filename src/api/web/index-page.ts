import type { FastifyInstance } from "fastify";

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kubernetes knowledge graph</title>
<link rel="icon" href="data:,">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1f2933; }
  h1 { font-size: 1.6rem; }
  a { color: #1d4ed8; }
  a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  li { margin: .75rem 0; }
  code { background: #eef2f7; padding: 0 .25rem; border-radius: 3px; }
</style>
</head>
<body>
<main>
<h1>Kubernetes knowledge graph</h1>
<p>Kubernetes concepts and the typed relations between them, served by this app with no internet access needed.</p>
<ul>
  <li><a href="/explore">Graph explorer</a>: search a concept, see and expand its neighbourhood, read and add notes, download the view.</li>
  <li><a href="/playground">GraphQL playground</a>: a guided tour of example queries and mutations, one tab each, with the schema's docs.</li>
  <li>GraphQL endpoint: <code>POST /graphql</code>; its schema as SDL: <a href="/schema.graphql">/schema.graphql</a>.</li>
  <li><a href="/api/docs">REST reference</a>: every <code>/api/v1</code> route, to try in the page; the <a href="/api/openapi.json">OpenAPI document</a> for client generators.</li>
</ul>
</main>
</body>
</html>
`;

/** Serves the small index page at / that links to the explorer, the playground, the REST reference, OpenAPI and the SDL. */
export function mountIndexPage(app: FastifyInstance) {
  app.get("/", async (_req, reply) => reply.type("text/html; charset=utf-8").send(HTML));
}
