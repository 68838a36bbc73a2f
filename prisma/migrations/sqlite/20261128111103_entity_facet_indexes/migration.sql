-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EntityTag" (
    "entityId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("entityId", "tag"),
    CONSTRAINT "EntityTag_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EntityTag" ("entityId", "tag") SELECT "entityId", "tag" FROM "EntityTag";
DROP TABLE "EntityTag";
ALTER TABLE "new_EntityTag" RENAME TO "EntityTag";
CREATE INDEX "EntityTag_tag_idx" ON "EntityTag"("tag");
CREATE INDEX "EntityTag_kind_tag_idx" ON "EntityTag"("kind", "tag");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Entity_kind_ownerRef_idx" ON "Entity"("kind", "ownerRef");

-- CreateIndex
CREATE INDEX "Entity_kind_systemRef_idx" ON "Entity"("kind", "systemRef");

-- CreateIndex
CREATE INDEX "Entity_kind_type_idx" ON "Entity"("kind", "type");

-- CreateIndex
CREATE INDEX "Entity_kind_lifecycle_idx" ON "Entity"("kind", "lifecycle");


-- Backfill: each tag row takes its entity's kind.
UPDATE "EntityTag" SET "kind" = (SELECT "kind" FROM "Entity" WHERE "Entity"."id" = "EntityTag"."entityId");
