import "reflect-metadata";
import v8 from "node:v8";
import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { fatalLine, listenError } from "./fatal.js";

/**
 * V8 grows the old generation by up to 4x its live size before collecting it again. Loading the
 * read index promotes short-lived rows there by the hundred megabytes; grown by 10% at a time,
 * peak memory on the benchmark's large graph fell from ~700 to ~440 MB, with the same W1 rate
 * (docs/deployment.md). Read at each collection, so it can be set here rather than on the command
 * line.
 */
v8.setFlagsFromString("--heap-growing-percent=10");

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
  const compaction = app.searchCompaction;
  if (compaction) {
    app.http.log.info(
      { ...compaction },
      `search index merged from ${compaction.segments} segments into one in ${compaction.ms} ms`,
    );
  }
  if (app.seed && app.seed.created > 0) {
    app.http.log.info({ ...app.seed }, `seeded ${app.seed.created} items`);
  }
  for (const line of app.seed?.skipped ?? []) app.http.log.warn(`seed skipped ${line}`);
  try {
    await app.http.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close().catch(() => undefined);
    throw listenError(err, config.host, config.port);
  }
  const shown = config.host === "0.0.0.0" ? "localhost" : config.host;
  const address = app.http.server.address();
  const port = address && typeof address === "object" ? address.port : config.port;
  app.http.log.info(`GraphQL at http://${shown}:${port}/graphql, playground at /playground`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.http.log.info(`${signal}: not ready any more, finishing in-flight requests`);
    const timer = setTimeout(() => {
      app.http.log.error(
        `shutdown took longer than ${config.shutdownTimeoutMs} ms (SHUTDOWN_TIMEOUT_MS); exiting`,
      );
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.close();
    } catch (err) {
      app.http.log.error({ err }, "shutdown failed");
      process.exit(1);
    }
    app.http.log.info("shut down cleanly");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

// One line, what failed and which setting to change; the full error only at LOG_LEVEL=debug.
main().catch((err: unknown) => {
  console.error(fatalLine(err));
  if (/^(debug|trace)$/.test(process.env.LOG_LEVEL ?? "")) console.error(err);
  process.exit(1);
});
