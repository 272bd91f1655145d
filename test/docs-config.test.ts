import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { expectedDocs } from "../scripts/config-docs.js";

describe("generated docs", () => {
  it("docs/configuration.md and SECURITY.md's limits match the configuration schema (npm run docs:config)", async () => {
    const expected = await expectedDocs();
    expect(expected.size).toBe(2);
    for (const [file, text] of expected) {
      expect(fs.readFileSync(file, "utf8"), `${file} is stale: run npm run docs:config`).toBe(text);
    }
  });
});
