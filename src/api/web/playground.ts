import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { FastifyInstance } from "fastify";

const WELCOME = `# Welcome to the Kubernetes knowledge graph.
# Press the play button (or Ctrl-Enter) to run this query; open the docs pane for every field.

query WhatImplementsCni {
  concept(slug: "cni") {
    name
    summary
    related(direction: IN, types: ["implements-cni"]) {
      label
      concept { name summary }
    }
  }
}
`;

/** Serves a self-contained GraphiQL (no CDN) at /playground, and sends / there. */
export function mountPlayground(app: FastifyInstance) {
  const html = renderGraphiQL({
    endpoint: "/graphql",
    title: "Kubernetes knowledge graph",
    defaultQuery: WELCOME,
  });
  app.get("/playground", async (_req, reply) => reply.type("text/html; charset=utf-8").send(html));
  app.get("/", async (_req, reply) => reply.redirect("/playground"));
}
