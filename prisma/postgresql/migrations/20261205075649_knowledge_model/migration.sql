-- AlterTable
ALTER TABLE "Concept" ADD COLUMN     "apiVersion" TEXT COLLATE "C",
ADD COLUMN     "scope" TEXT COLLATE "C";

-- AlterTable
ALTER TABLE "Relation" ADD COLUMN     "isDefault" BOOLEAN,
ADD COLUMN     "qualifierCite" TEXT COLLATE "C",
ADD COLUMN     "qualifierNote" TEXT COLLATE "C",
ADD COLUMN     "since" TEXT COLLATE "C",
ADD COLUMN     "until" TEXT COLLATE "C";

-- AlterTable
ALTER TABLE "RelationType" ADD COLUMN     "parentKey" TEXT COLLATE "C";

-- CreateTable
CREATE TABLE "LifecycleEvent" (
    "id" SERIAL NOT NULL,
    "conceptId" INTEGER,
    "relationId" INTEGER,
    "status" TEXT COLLATE "C" NOT NULL,
    "since" TEXT COLLATE "C" NOT NULL,
    "cite" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LifecycleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LifecycleEvent_conceptId_idx" ON "LifecycleEvent"("conceptId");

-- CreateIndex
CREATE INDEX "LifecycleEvent_relationId_idx" ON "LifecycleEvent"("relationId");

-- CreateIndex
CREATE INDEX "LifecycleEvent_status_idx" ON "LifecycleEvent"("status");

-- AddForeignKey
ALTER TABLE "LifecycleEvent" ADD CONSTRAINT "LifecycleEvent_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LifecycleEvent" ADD CONSTRAINT "LifecycleEvent_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "Relation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Data: the relation type hierarchy for the types that exist already (user-made types keep no parent).
UPDATE "RelationType" SET "parentKey" = 'implements'
WHERE "key" = 'implements-cni' AND "parentKey" IS NULL
  AND EXISTS (SELECT 1 FROM "RelationType" AS p WHERE p."key" = 'implements');
