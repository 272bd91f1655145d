-- Full-text search over concepts: one FTS5 row per concept (rowid = Concept.id) holding its
-- slug, name, aliases, summary, description and the bodies of its notes. Triggers keep it in
-- step with every write in the writing transaction itself (cascaded deletes included), so a
-- search never sees a different state than the tables. Not a Prisma model: prisma.config.ts
-- declares it (and its shadow tables) external so that `prisma migrate diff` stays empty.
CREATE VIRTUAL TABLE "ConceptSearch" USING fts5(
  slug, name, aliases, summary, description, notes,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER "ConceptSearch_concept_insert" AFTER INSERT ON "Concept"
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = NEW.id;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = NEW.id;
END;

CREATE TRIGGER "ConceptSearch_concept_update" AFTER UPDATE ON "Concept"
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = NEW.id;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = NEW.id;
END;

CREATE TRIGGER "ConceptSearch_concept_delete" AFTER DELETE ON "Concept"
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = OLD.id;
END;

CREATE TRIGGER "ConceptSearch_alias_insert" AFTER INSERT ON "Alias"
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = NEW.conceptId;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = NEW.conceptId;
END;

CREATE TRIGGER "ConceptSearch_alias_update" AFTER UPDATE ON "Alias"
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = NEW.conceptId;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = NEW.conceptId;
END;

CREATE TRIGGER "ConceptSearch_alias_delete" AFTER DELETE ON "Alias"
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = OLD.conceptId;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = OLD.conceptId;
END;

CREATE TRIGGER "ConceptSearch_note_insert" AFTER INSERT ON "Note"
WHEN NEW.conceptId IS NOT NULL
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = NEW.conceptId;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = NEW.conceptId;
END;

CREATE TRIGGER "ConceptSearch_note_update" AFTER UPDATE ON "Note"
WHEN NEW.conceptId IS NOT NULL
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = NEW.conceptId;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = NEW.conceptId;
END;

CREATE TRIGGER "ConceptSearch_note_delete" AFTER DELETE ON "Note"
WHEN OLD.conceptId IS NOT NULL
BEGIN
  DELETE FROM "ConceptSearch" WHERE rowid = OLD.conceptId;
  INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
  SELECT c.id, c.slug, c.name,
    COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
    c.summary, c.description,
    COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
  FROM "Concept" c WHERE c.id = OLD.conceptId;
END;

-- Concepts that existed before this migration.
INSERT INTO "ConceptSearch" (rowid, slug, name, aliases, summary, description, notes)
SELECT c.id, c.slug, c.name,
  COALESCE((SELECT group_concat(a.name, ' | ') FROM "Alias" a WHERE a.conceptId = c.id), ''),
  c.summary, c.description,
  COALESCE((SELECT group_concat(n.body, ' | ') FROM "Note" n WHERE n.conceptId = c.id), '')
FROM "Concept" c;
