-- CreateTable
CREATE TABLE "ScaffolderTask" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScaffolderTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScaffolderTaskStep" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stepId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "output" JSONB,
    "checkpoints" JSONB,
    "error" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ScaffolderTaskStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScaffolderTaskEvent" (
    "id" SERIAL NOT NULL,
    "taskId" TEXT NOT NULL,
    "stepId" TEXT,
    "level" TEXT NOT NULL DEFAULT 'info',
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScaffolderTaskEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "severity" TEXT NOT NULL DEFAULT 'normal',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ScaffolderTaskStep" ADD CONSTRAINT "ScaffolderTaskStep_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ScaffolderTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaffolderTaskEvent" ADD CONSTRAINT "ScaffolderTaskEvent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ScaffolderTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

