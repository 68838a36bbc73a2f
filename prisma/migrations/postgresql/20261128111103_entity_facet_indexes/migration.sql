-- AlterTable
ALTER TABLE "EntityTag" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Entity_kind_ownerRef_idx" ON "Entity"("kind", "ownerRef");

-- CreateIndex
CREATE INDEX "Entity_kind_systemRef_idx" ON "Entity"("kind", "systemRef");

-- CreateIndex
CREATE INDEX "Entity_kind_type_idx" ON "Entity"("kind", "type");

-- CreateIndex
CREATE INDEX "Entity_kind_lifecycle_idx" ON "Entity"("kind", "lifecycle");

-- CreateIndex
CREATE INDEX "EntityTag_kind_tag_idx" ON "EntityTag"("kind", "tag");


-- Backfill: each tag row takes its entity's kind.
UPDATE "EntityTag" SET "kind" = (SELECT "kind" FROM "Entity" WHERE "Entity"."id" = "EntityTag"."entityId");
