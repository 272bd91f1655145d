-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ChangeRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "revertOf" INTEGER
);

-- CreateTable
CREATE TABLE "ChangeSubject" (
    "changeId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,

    PRIMARY KEY ("changeId", "slug"),
    CONSTRAINT "ChangeSubject_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "ChangeRecord" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_name_key" ON "ApiKey"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE INDEX "ChangeRecord_entity_key_idx" ON "ChangeRecord"("entity", "key");

-- CreateIndex
CREATE INDEX "ChangeSubject_slug_changeId_idx" ON "ChangeSubject"("slug", "changeId");

