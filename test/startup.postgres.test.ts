// A start that cannot reach PostgreSQL prints one line naming DATABASE_URL (see startup.test.ts).
import { describe, expect, it } from "vitest";
import { expectOneLine, runKg, runMain } from "./faults.js";

describe("startup errors on PostgreSQL", { timeout: 180_000 }, () => {
  it("PostgreSQL unreachable: says where, never the password", async () => {
    const url = "postgresql://kg:secret-pw@127.0.0.1:1/kg";
    const pattern =
      /cannot use PostgreSQL at 127\.0\.0\.1:1\/kg: the database server cannot be reached/;
    const started = await runMain({ DATABASE_URL: url });
    expectOneLine(started, pattern, "DATABASE_URL");
    expect(started.stderr).not.toContain("secret-pw");
    expectOneLine(await runKg(["migrate", "--db", url]), pattern, "DATABASE_URL");
  });
});
