import "server-only";
// workflow_run and workflow_job webhooks → run and job rows (imported by lib/webhooks/handlers.ts).
// The upserts refuse anything older than the row, so redeliveries and reordering are harmless.
import { toWorkflowJob, toWorkflowRun } from "../integrations/github/facade";
import { onGithubEvent } from "../webhooks/registry";
import { upsertJob } from "./upsert-job";
import { upsertRun } from "./upsert-run";

type RepoPayload = { full_name: string; default_branch?: string };

onGithubEvent("workflow_run", async (event, { db }) => {
  const p = event.payload;
  const repository = p.repository as RepoPayload;
  const run = toWorkflowRun(p.workflow_run as unknown as Parameters<typeof toWorkflowRun>[0]);
  const workflowName = (p as { workflow?: { name?: string } | null }).workflow?.name ?? null;
  const repo = repository.full_name.toLowerCase();
  // The connection whose secret signed this delivery can see the repository: actions use it.
  await db.pipelineRepository.upsert({
    where: { repo },
    create: { repo, integrationId: event.integrationId, ...(repository.default_branch && { defaultBranch: repository.default_branch }) },
    update: { integrationId: event.integrationId, ...(repository.default_branch && { defaultBranch: repository.default_branch }) },
  });
  await upsertRun(db, { repo, integrationId: event.integrationId, defaultBranch: repository.default_branch ?? null, run, workflowName });
});

onGithubEvent("workflow_job", async (event, { db }) => {
  const p = event.payload;
  const raw = p.workflow_job as unknown as Parameters<typeof toWorkflowJob>[0] & { workflow_name?: string | null; head_branch?: string | null; run_url?: string };
  await upsertJob(db, {
    repo: (p.repository as RepoPayload).full_name,
    integrationId: event.integrationId,
    job: toWorkflowJob(raw),
    workflowName: raw.workflow_name ?? null,
    branch: raw.head_branch ?? null,
  });
});
