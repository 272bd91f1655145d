import Fastify, { type FastifyInstance } from "fastify";
import { installAuth } from "./api/auth.js";
import { mountGraphql } from "./api/graphql/server.js";
import { buildGraphSchema } from "./api/graphql/schema.js";
import { mountExplorer } from "./api/web/explorer/explorer.route.js";
import { mountIndexPage } from "./api/web/index-page.js";
import { mountRest } from "./api/rest/index.js";
import { mountPlayground } from "./api/web/playground.js";
import type { Config } from "./config.js";
import { type Db, openDb } from "./db/client.js";
import { type SeedReport, seedGraph } from "./graph/seed/seed.service.js";
import { type Services, startServices } from "./graph/services.js";

export interface App {
  http: FastifyInstance;
  db: Db;
  services: Services;
  /** What the start-up seed did, when it ran. */
  seed: SeedReport | null;
  close(): Promise<void>;
}

/** Builds the whole app (database, migrations, seed, HTTP routes) without listening: tests import this. */
export async function createApp(config: Config): Promise<App> {
  const db = await openDb(config);
  const services = await startServices(db.prisma, config);
  const seed = config.seedOnStart ? await seedGraph(db.prisma, services) : null;

  const http = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
  });
  installAuth(http, services.keys, config);
  http.get("/healthz", async () => ({ status: "ok" }));
  mountIndexPage(http);
  mountPlayground(http, await buildGraphSchema());
  await mountExplorer(http);
  await mountGraphql(http, services, config);
  await mountRest(http, services, { bodyLimit: config.bodyLimit });
  await http.ready();

  return {
    http,
    db,
    services,
    seed,
    async close() {
      await http.close();
      await db.close();
    },
  };
}
