import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";
import { projectRoot } from "../../../project-root.js";

/** Where `npm run build` (and install) put the explorer's files: dist/explorer at the project's root. */
const BUILT = path.join(projectRoot, "dist/explorer");
const FILES = [
  ["", "index.html", "text/html; charset=utf-8"],
  ["/app.css", "app.css", "text/css; charset=utf-8"],
  ["/app.js", "app.js", "text/javascript; charset=utf-8"],
] as const;

/** The explorer's built files, read once; a clear error when they were never built. */
function readBuilt(dir: string): string[] {
  const missing = FILES.filter(([, file]) => !fs.existsSync(path.join(dir, file)));
  if (missing.length > 0) {
    throw new Error(
      `The graph explorer is not built (${path.join(dir, missing[0]![1])} is missing): run "npm run build:explorer"`,
    );
  }
  return FILES.map(([, file]) => fs.readFileSync(path.join(dir, file), "utf8"));
}

/** Serves the graph explorer at /explore, its script and its stylesheet (all from this app, no CDN). */
export function mountExplorer(app: FastifyInstance, dir = BUILT) {
  const bodies = readBuilt(dir);
  FILES.forEach(([suffix, , type], i) => {
    app.get(`/explore${suffix}`, async (_req, reply: FastifyReply) =>
      reply.type(type).header("cache-control", "no-cache").send(bodies[i]),
    );
  });
}
