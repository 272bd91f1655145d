// A start that cannot go on prints one line (what failed, which setting to change), never a stack
// trace, and exits non-zero: from `npm start` (src/main.ts) and from the `kg` CLI. What only one
// database can get wrong: startup.sqlite.test.ts, startup.postgres.test.ts.
import net from "node:net";
import { afterAll, beforeAll, describe, it } from "vitest";
import { ON_POSTGRES, dropTestDatabase, testDatabase } from "./helpers.js";
import { expectOneLine, runKg, runMain } from "./faults.js";

describe("startup errors", { timeout: 180_000 }, () => {
  let db: string;
  let databaseUrl: string;
  beforeAll(async () => {
    db = await testDatabase();
    databaseUrl = ON_POSTGRES ? db : `file:${db}`;
  });
  afterAll(() => dropTestDatabase(db));

  it("the port in use: npm start and kg serve say so and name PORT", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const pattern = new RegExp(
        `cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use`,
      );
      expectOneLine(
        await runMain({ DATABASE_URL: databaseUrl, PORT: String(port) }),
        pattern,
        "PORT",
      );
      const serve = await runKg(["serve", "--port", String(port)], {
        DATABASE_URL: databaseUrl,
        HOST: "127.0.0.1",
        SEED_ON_START: "false",
      });
      expectOneLine(serve, pattern, "PORT");
    } finally {
      blocker.close();
    }
  });
});
