import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { migrateDb } from "../src/db/client.js";
import {
  applyMigrations,
  migrationsDir,
  postgresMigrations,
  sqliteMigrations,
} from "../src/db/migrate.js";
import { ON_POSTGRES, dropTestDatabase, testConfig, testDatabase } from "./helpers.js";

// The knowledge model's migration runs forward over a database that already holds user data,
// and keeps every row of it.

const NEW = "20261205075649_knowledge_model";

/** A copy of the migrations folder without the knowledge model's migration and those after it. */
function migrationsBefore(provider: "sqlite" | "postgresql") {
  const from = migrationsDir(provider);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-migrations-"));
  for (const name of fs.readdirSync(from)) {
    if (name >= NEW) continue;
    fs.cpSync(path.join(from, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

/** User data as the previous schema stored it: types, two concepts with an alias, a relation, a note. */
const USER_DATA = `
INSERT INTO "RelationType" ("key", "label", "inverseLabel", "updatedAt") VALUES
  ('implements', 'implements', 'implemented by', CURRENT_TIMESTAMP),
  ('implements-cni', 'implements CNI', 'CNI implemented by', CURRENT_TIMESTAMP),
  ('backs-up', 'backs up', 'backed up by', CURRENT_TIMESTAMP);
INSERT INTO "Concept" ("slug", "name", "nameKey", "kind", "summary", "updatedAt") VALUES
  ('my-plugin', 'My plugin', 'my plugin', 'plugin', 'A user''s plugin.', CURRENT_TIMESTAMP),
  ('cni', 'CNI', 'cni', 'interface', 'The CNI.', CURRENT_TIMESTAMP);
INSERT INTO "Alias" ("conceptId", "name", "key") SELECT id, 'mine', 'mine' FROM "Concept" WHERE slug = 'my-plugin';
INSERT INTO "Relation" ("sourceId", "typeKey", "targetId", "description", "updatedAt")
  SELECT s.id, 'implements-cni', t.id, 'user words', CURRENT_TIMESTAMP
  FROM "Concept" s, "Concept" t WHERE s.slug = 'my-plugin' AND t.slug = 'cni';
INSERT INTO "Note" ("conceptId", "body", "updatedAt") SELECT id, 'a user note', CURRENT_TIMESTAMP FROM "Concept" WHERE slug = 'cni';
`;

async function previousSchemaWithUserData(location: string) {
  if (ON_POSTGRES) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      await applyMigrations(postgresMigrations(client, migrationsBefore("postgresql")));
      await client.query(USER_DATA);
    } finally {
      await client.end();
    }
    return;
  }
  const adapter = await new PrismaBetterSQLite3({ url: `file:${location}` }).connect();
  try {
    await applyMigrations(sqliteMigrations(adapter, migrationsBefore("sqlite")));
    await adapter.executeScript(USER_DATA);
  } finally {
    await adapter.dispose();
  }
}

describe("the knowledge model migration", () => {
  it("runs forward on a database with user data and keeps all of it", async () => {
    const location = await testDatabase();
    try {
      await previousSchemaWithUserData(location);
      const config = testConfig({}, ON_POSTGRES ? location : `file:${location}`);
      expect(await migrateDb(config)).toEqual([NEW]);
      const app = await createApp(config);
      try {
        const s = app.services;
        const plugin = await s.concepts.get("my-plugin");
        expect(plugin).toMatchObject({ name: "My plugin", scope: null, lifecycle: [] });
        expect(await s.concepts.lookup("mine")).toMatchObject({ slug: "my-plugin" });
        const page = await s.relations.list({ source: "my-plugin" });
        expect(page.items.map((e) => e.node)).toMatchObject([
          { typeKey: "implements-cni", description: "user words", qualifiers: null, lifecycle: [] },
        ]);
        expect((await s.relationTypes.get("implements-cni"))?.parent).toBe("implements");
        expect((await s.relationTypes.get("backs-up"))?.parent).toBeNull();
        // The migrated graph takes the new fields at once.
        const updated = await s.concepts.update("my-plugin", {
          lifecycle: [{ status: "stable", since: "1.30" }],
        });
        expect(updated.lifecycle).toEqual([{ status: "stable", since: "1.30", cite: "" }]);
        const notes = await app.db.prisma.note.count();
        expect(notes).toBe(1);
        // Asking for "implements" finds the user's implements-cni relation through the new parent.
        expect((await s.relations.list({ type: "implements" })).totalCount).toBe(1);
      } finally {
        await app.close();
      }
    } finally {
      await dropTestDatabase(location);
    }
  });
});
