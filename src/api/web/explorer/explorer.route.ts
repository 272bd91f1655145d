import type { FastifyInstance, FastifyReply } from "fastify";
import { buildExplorerAssets } from "./bundle.js";

/** Serves the graph explorer at /explore, its script and its stylesheet (all from this app, no CDN). */
export async function mountExplorer(app: FastifyInstance) {
  const { html, css, js } = await buildExplorerAssets();
  const send = (body: string, type: string) => async (_req: unknown, reply: FastifyReply) =>
    reply.type(type).header("cache-control", "no-cache").send(body);
  app.get("/explore", send(html, "text/html; charset=utf-8"));
  app.get("/explore/app.css", send(css, "text/css; charset=utf-8"));
  app.get("/explore/app.js", send(js, "text/javascript; charset=utf-8"));
}
