-- AlterTable
ALTER TABLE "Concept" ADD COLUMN "apiVersion" TEXT;
ALTER TABLE "Concept" ADD COLUMN "scope" TEXT;

-- AlterTable
ALTER TABLE "Relation" ADD COLUMN "isDefault" BOOLEAN;
ALTER TABLE "Relation" ADD COLUMN "qualifierCite" TEXT;
ALTER TABLE "Relation" ADD COLUMN "qualifierNote" TEXT;
ALTER TABLE "Relation" ADD COLUMN "since" TEXT;
ALTER TABLE "Relation" ADD COLUMN "until" TEXT;

-- AlterTable
ALTER TABLE "RelationType" ADD COLUMN "parentKey" TEXT;

-- CreateTable
CREATE TABLE "LifecycleEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "conceptId" INTEGER,
    "relationId" INTEGER,
    "status" TEXT NOT NULL,
    "since" TEXT NOT NULL,
    "cite" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LifecycleEvent_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LifecycleEvent_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "Relation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LifecycleEvent_conceptId_idx" ON "LifecycleEvent"("conceptId");

-- CreateIndex
CREATE INDEX "LifecycleEvent_relationId_idx" ON "LifecycleEvent"("relationId");

-- CreateIndex
CREATE INDEX "LifecycleEvent_status_idx" ON "LifecycleEvent"("status");


-- Data: the relation type hierarchy for the types that exist already (user-made types keep no parent).
UPDATE "RelationType" SET "parentKey" = 'implements'
WHERE "key" = 'implements-cni' AND "parentKey" IS NULL
  AND EXISTS (SELECT 1 FROM "RelationType" AS p WHERE p."key" = 'implements');
