-- DropIndex
DROP INDEX "Entity_ownerRef_kind_idx";

-- CreateIndex
CREATE INDEX "Entity_ownerRef_kind_name_id_idx" ON "Entity"("ownerRef", "kind", "name", "id");

