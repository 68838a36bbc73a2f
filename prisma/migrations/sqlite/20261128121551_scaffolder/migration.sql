-- CreateTable
CREATE TABLE "ScaffolderTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "templateRef" TEXT NOT NULL,
    "templateTitle" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "values" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "output" JSONB,
    "error" TEXT,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "portalUrl" TEXT NOT NULL,
    "createdById" TEXT,
    "createdByLabel" TEXT NOT NULL,
    "jobId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ScaffolderTaskStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stepId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "output" JSONB,
    "checkpoints" JSONB,
    "error" TEXT,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "ScaffolderTaskStep_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ScaffolderTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScaffolderTaskEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" TEXT NOT NULL,
    "stepId" TEXT,
    "level" TEXT NOT NULL DEFAULT 'info',
    "message" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScaffolderTaskEvent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ScaffolderTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "severity" TEXT NOT NULL DEFAULT 'normal',
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ScaffolderTask_createdById_createdAt_idx" ON "ScaffolderTask"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "ScaffolderTask_templateRef_createdAt_idx" ON "ScaffolderTask"("templateRef", "createdAt");

-- CreateIndex
CREATE INDEX "ScaffolderTask_status_idx" ON "ScaffolderTask"("status");

-- CreateIndex
CREATE INDEX "ScaffolderTaskStep_taskId_position_idx" ON "ScaffolderTaskStep"("taskId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ScaffolderTaskStep_taskId_stepId_key" ON "ScaffolderTaskStep"("taskId", "stepId");

-- CreateIndex
CREATE INDEX "ScaffolderTaskEvent_taskId_id_idx" ON "ScaffolderTaskEvent"("taskId", "id");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

