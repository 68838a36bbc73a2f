-- CreateTable
CREATE TABLE "PipelineRepository" (
    "repo" TEXT NOT NULL PRIMARY KEY,
    "entityRef" TEXT,
    "integrationId" TEXT,
    "defaultBranch" TEXT NOT NULL DEFAULT 'main',
    "deployWorkflow" TEXT,
    "lastSyncedAt" DATETIME,
    "lastError" TEXT,
    "latestRunRowId" TEXT,
    "latestStatus" TEXT,
    "latestConclusion" TEXT,
    "latestRunAt" DATETIME,
    "latestGithubRunId" BIGINT,
    "latestRank" INTEGER NOT NULL DEFAULT 3,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PipelineRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "repo" TEXT NOT NULL,
    "githubId" TEXT NOT NULL,
    "integrationId" TEXT,
    "workflowId" TEXT NOT NULL,
    "workflowName" TEXT NOT NULL,
    "workflowPath" TEXT,
    "runNumber" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "conclusion" TEXT,
    "statusRank" INTEGER NOT NULL,
    "branch" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "headSha" TEXT NOT NULL,
    "title" TEXT,
    "actor" TEXT,
    "htmlUrl" TEXT NOT NULL,
    "runCreatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    "durationMs" INTEGER,
    "githubUpdatedAt" DATETIME NOT NULL,
    "syncedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PipelineJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runRowId" TEXT NOT NULL,
    "repo" TEXT NOT NULL,
    "githubId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "conclusion" TEXT,
    "statusRank" INTEGER NOT NULL,
    "headSha" TEXT NOT NULL,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    "htmlUrl" TEXT,
    "steps" JSONB,
    CONSTRAINT "PipelineJob_runRowId_fkey" FOREIGN KEY ("runRowId") REFERENCES "PipelineRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalId" TEXT NOT NULL,
    "entityRef" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "version" TEXT,
    "sha" TEXT,
    "status" TEXT NOT NULL,
    "statusRank" INTEGER NOT NULL,
    "isHotfix" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "url" TEXT,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "firstCommitAt" DATETIME,
    "leadTimeSec" INTEGER,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "PipelineRepository_entityRef_idx" ON "PipelineRepository"("entityRef");

-- CreateIndex
CREATE INDEX "PipelineRepository_latestRank_repo_idx" ON "PipelineRepository"("latestRank", "repo");

-- CreateIndex
CREATE INDEX "PipelineRun_repo_runCreatedAt_idx" ON "PipelineRun"("repo", "runCreatedAt");

-- CreateIndex
CREATE INDEX "PipelineRun_repo_isDefault_runCreatedAt_idx" ON "PipelineRun"("repo", "isDefault", "runCreatedAt");

-- CreateIndex
CREATE INDEX "PipelineRun_runCreatedAt_idx" ON "PipelineRun"("runCreatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PipelineRun_repo_githubId_key" ON "PipelineRun"("repo", "githubId");

-- CreateIndex
CREATE INDEX "PipelineJob_runRowId_idx" ON "PipelineJob"("runRowId");

-- CreateIndex
CREATE INDEX "PipelineJob_repo_conclusion_completedAt_idx" ON "PipelineJob"("repo", "conclusion", "completedAt");

-- CreateIndex
CREATE INDEX "PipelineJob_attempt_completedAt_idx" ON "PipelineJob"("attempt", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PipelineJob_repo_githubId_attempt_key" ON "PipelineJob"("repo", "githubId", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_externalId_key" ON "Deployment"("externalId");

-- CreateIndex
CREATE INDEX "Deployment_entityRef_environment_startedAt_idx" ON "Deployment"("entityRef", "environment", "startedAt");

-- CreateIndex
CREATE INDEX "Deployment_environment_startedAt_idx" ON "Deployment"("environment", "startedAt");

-- CreateIndex
CREATE INDEX "Deployment_startedAt_idx" ON "Deployment"("startedAt");

