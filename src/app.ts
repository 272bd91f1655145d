import Fastify, { type FastifyInstance } from "fastify";
import { mountGraphql } from "./api/graphql/server.js";
import { mountRest } from "./api/rest/index.js";
import { mountPlayground } from "./api/web/playground.js";
import type { Config } from "./config.js";
import { type Db, openDb } from "./db/client.js";
import { type SeedReport, seedGraph } from "./graph/seed/seed.service.js";
import { type Services, createServices } from "./graph/services.js";

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
  const db = await openDb(config.databaseFile);
  const services = createServices(db.prisma, config);
  const seed = config.seedOnStart ? await seedGraph(db.prisma, services) : null;

  const http = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
  });
  http.get("/healthz", async () => ({ status: "ok" }));
  mountPlayground(http);
  await mountGraphql(http, services);
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
