import "reflect-metadata";
import { ConfigError, loadConfig } from "../config.js";
import { openDb } from "../db/client.js";
import { fatalLine } from "../fatal.js";
import { seedGraph } from "../io/seed/seed.service.js";
import { startServices } from "../graph/services.js";

/** `npm run seed`: applies migrations and loads the curated seed; safe to run again. */
async function main() {
  const config = loadConfig();
  const db = await openDb(config);
  try {
    const services = await startServices(db.prisma, config, db.search);
    // One seeding process at a time on a database (replicas may be starting and seeding too).
    const report = await db.exclusively(() => seedGraph(services));
    console.log(
      `seed: ${report.created} created, ${report.kept} kept as they were, ${report.skipped.length} skipped (${config.databaseFile ?? "PostgreSQL"})`,
    );
    for (const line of report.skipped) console.log(`  skipped ${line}`);
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `seed: ${fatalLine(err)}`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
