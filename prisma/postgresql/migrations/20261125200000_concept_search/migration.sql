-- Full-text search over concepts (PostgreSQL): one row per concept holding its slug, name,
-- aliases, summary, description and the bodies of its notes, and a weighted tsvector of them
-- (a generated column) under a GIN index. Triggers keep it in step with every write in the
-- writing transaction itself (cascaded deletes included), as the FTS5 table does on SQLite.
-- Words are what SQLite's unicode61 tokenizer sees: ASCII punctuation separates them, no
-- stemming ('simple'), lower case. Not a Prisma model: prisma.config.ts declares it external.
CREATE TABLE "ConceptSearch" (
  "conceptId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Concept" ("id") ON DELETE CASCADE,
  "slug" TEXT COLLATE "C" NOT NULL,
  "name" TEXT COLLATE "C" NOT NULL,
  "aliases" TEXT COLLATE "C" NOT NULL,
  "summary" TEXT COLLATE "C" NOT NULL,
  "description" TEXT COLLATE "C" NOT NULL,
  "notes" TEXT COLLATE "C" NOT NULL,
  -- Weights: name and aliases A, summary B, slug C, description and notes D.
  "document" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, regexp_replace("slug", '[[:punct:]]+', ' ', 'g')), 'C') ||
    setweight(to_tsvector('simple'::regconfig, regexp_replace("name", '[[:punct:]]+', ' ', 'g')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, regexp_replace("aliases", '[[:punct:]]+', ' ', 'g')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, regexp_replace("summary", '[[:punct:]]+', ' ', 'g')), 'B') ||
    setweight(to_tsvector('simple'::regconfig, regexp_replace("description", '[[:punct:]]+', ' ', 'g')), 'D') ||
    setweight(to_tsvector('simple'::regconfig, regexp_replace("notes", '[[:punct:]]+', ' ', 'g')), 'D')
  ) STORED
);

CREATE INDEX "ConceptSearch_document_idx" ON "ConceptSearch" USING GIN ("document");

-- Rebuilds the search row of one concept (none when the concept is gone).
CREATE FUNCTION "ConceptSearch_refresh"(target INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ConceptSearch" WHERE "conceptId" = target;
  INSERT INTO "ConceptSearch" ("conceptId", "slug", "name", "aliases", "summary", "description", "notes")
  SELECT c."id", c."slug", c."name",
    COALESCE((SELECT string_agg(a."name", ' | ' ORDER BY a."id") FROM "Alias" a WHERE a."conceptId" = c."id"), ''),
    c."summary", c."description",
    COALESCE((SELECT string_agg(n."body", ' | ' ORDER BY n."id") FROM "Note" n WHERE n."conceptId" = c."id"), '')
  FROM "Concept" c WHERE c."id" = target;
END;
$$;

CREATE FUNCTION "ConceptSearch_concept_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "ConceptSearch_refresh"(NEW."id");
  RETURN NULL;
END;
$$;

-- Aliases and notes: refresh the concept they belong to (and the one they left, if moved).
CREATE FUNCTION "ConceptSearch_child_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' AND NEW."conceptId" IS NOT NULL THEN
    PERFORM "ConceptSearch_refresh"(NEW."conceptId");
  END IF;
  IF TG_OP <> 'INSERT' AND OLD."conceptId" IS NOT NULL
     AND (TG_OP = 'DELETE' OR OLD."conceptId" IS DISTINCT FROM NEW."conceptId") THEN
    PERFORM "ConceptSearch_refresh"(OLD."conceptId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ConceptSearch_concept" AFTER INSERT OR UPDATE ON "Concept"
  FOR EACH ROW EXECUTE FUNCTION "ConceptSearch_concept_changed"();

CREATE TRIGGER "ConceptSearch_alias" AFTER INSERT OR UPDATE OR DELETE ON "Alias"
  FOR EACH ROW EXECUTE FUNCTION "ConceptSearch_child_changed"();

CREATE TRIGGER "ConceptSearch_note" AFTER INSERT OR UPDATE OR DELETE ON "Note"
  FOR EACH ROW EXECUTE FUNCTION "ConceptSearch_child_changed"();

-- Concepts that existed before this migration.
SELECT "ConceptSearch_refresh"("id") FROM "Concept";
