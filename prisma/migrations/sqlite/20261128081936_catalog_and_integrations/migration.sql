-- CreateTable
CREATE TABLE "Entity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ref" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "namespace" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "type" TEXT,
    "lifecycle" TEXT,
    "ownerRef" TEXT,
    "systemRef" TEXT,
    "tags" JSONB NOT NULL,
    "labels" JSONB NOT NULL,
    "annotations" JSONB NOT NULL,
    "links" JSONB NOT NULL,
    "spec" JSONB NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "managedBy" TEXT NOT NULL DEFAULT 'portal',
    "locationId" TEXT,
    "sourceUrl" TEXT,
    "sourceRepo" TEXT,
    "sourcePath" TEXT,
    "sourceCommit" TEXT,
    "syncedAt" DATETIME,
    "syncErrors" JSONB,
    "orphanedAt" DATETIME,
    "conflictLocationId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Entity_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntityTag" (
    "entityId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("entityId", "tag"),
    CONSTRAINT "EntityTag_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntityRelation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "targetRef" TEXT NOT NULL,
    "targetId" TEXT,
    CONSTRAINT "EntityRelation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntityRelation_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "lastSyncedAt" DATETIME,
    "lastError" TEXT,
    "integrationId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Integration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "secrets" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unknown',
    "statusMessage" TEXT NOT NULL DEFAULT '',
    "checkedAt" DATETIME,
    "rateLimit" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliveryId" TEXT,
    "source" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "action" TEXT,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "durationMs" INTEGER,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Entity_ref_key" ON "Entity"("ref");

-- CreateIndex
CREATE INDEX "Entity_name_idx" ON "Entity"("name");

-- CreateIndex
CREATE INDEX "Entity_kind_name_idx" ON "Entity"("kind", "name");

-- CreateIndex
CREATE INDEX "Entity_ownerRef_kind_idx" ON "Entity"("ownerRef", "kind");

-- CreateIndex
CREATE INDEX "Entity_systemRef_idx" ON "Entity"("systemRef");

-- CreateIndex
CREATE INDEX "Entity_lifecycle_idx" ON "Entity"("lifecycle");

-- CreateIndex
CREATE INDEX "Entity_type_idx" ON "Entity"("type");

-- CreateIndex
CREATE INDEX "Entity_locationId_idx" ON "Entity"("locationId");

-- CreateIndex
CREATE INDEX "Entity_orphanedAt_idx" ON "Entity"("orphanedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_kind_namespace_name_key" ON "Entity"("kind", "namespace", "name");

-- CreateIndex
CREATE INDEX "EntityTag_tag_idx" ON "EntityTag"("tag");

-- CreateIndex
CREATE INDEX "EntityRelation_targetRef_idx" ON "EntityRelation"("targetRef");

-- CreateIndex
CREATE INDEX "EntityRelation_targetId_type_idx" ON "EntityRelation"("targetId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "EntityRelation_sourceId_type_targetRef_key" ON "EntityRelation"("sourceId", "type", "targetRef");

-- CreateIndex
CREATE UNIQUE INDEX "Location_type_target_key" ON "Location"("type", "target");

-- CreateIndex
CREATE UNIQUE INDEX "Integration_name_key" ON "Integration"("name");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_deliveryId_key" ON "WebhookDelivery"("deliveryId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_receivedAt_idx" ON "WebhookDelivery"("receivedAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_source_event_receivedAt_idx" ON "WebhookDelivery"("source", "event", "receivedAt");

