import "reflect-metadata";
import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const app = await createApp(config);
  if (app.seed && app.seed.created > 0) {
    app.http.log.info({ ...app.seed }, `seeded ${app.seed.created} items`);
  }
  for (const line of app.seed?.skipped ?? []) app.http.log.warn(`seed skipped ${line}`);
  await app.http.listen({ port: config.port, host: config.host });
  const shown = config.host === "0.0.0.0" ? "localhost" : config.host;
  app.http.log.info(`GraphQL at http://${shown}:${config.port}/graphql, playground at /playground`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.http.log.info(`${signal}: finishing in-flight requests`);
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
