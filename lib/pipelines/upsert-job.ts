import "server-only";
// Store one attempt of a workflow job, never going backwards (status rank). A job can arrive
// before its run: a placeholder run row (attempt 0, rank -1) holds it until the run's own
// delivery, which always wins over the placeholder.
import type { Db, Tx } from "../db/client";
import type { WorkflowJob } from "../integrations/github/facade";
import { runStatusRank } from "./ranks";

export type JobInput = { repo: string; integrationId: string | null; job: WorkflowJob; workflowName?: string | null; branch?: string | null; runHtmlUrl?: string };

const isUnique = (error: unknown) => (error as { code?: string })?.code === "P2002";

export async function upsertJob(client: Db | Tx, input: JobInput): Promise<{ applied: boolean }> {
  const j = input.job;
  const repo = input.repo.toLowerCase();
  const githubId = String(j.id);
  const rank = runStatusRank(j.status);
  const runRowId = await runRowFor(client, input);
  const data = {
    runRowId,
    name: j.name,
    status: j.status,
    conclusion: j.status === "completed" ? j.conclusion : null,
    statusRank: rank,
    headSha: j.headSha,
    startedAt: j.startedAt ? new Date(j.startedAt) : null,
    completedAt: j.completedAt ? new Date(j.completedAt) : null,
    htmlUrl: j.htmlUrl,
    steps: j.steps,
  };
  const key = { repo, githubId, attempt: j.runAttempt };
  if ((await client.pipelineJob.updateMany({ where: { ...key, statusRank: { lte: rank } }, data })).count) return { applied: true };
  if (await client.pipelineJob.findUnique({ where: { repo_githubId_attempt: key }, select: { id: true } })) return { applied: false };
  try {
    await client.pipelineJob.create({ data: { ...key, ...data } });
    return { applied: true };
  } catch (error) {
    if (!isUnique(error)) throw error;
    return { applied: (await client.pipelineJob.updateMany({ where: { ...key, statusRank: { lte: rank } }, data })).count > 0 };
  }
}

async function runRowFor(client: Db | Tx, input: JobInput): Promise<string> {
  const repo = input.repo.toLowerCase();
  const githubId = String(input.job.runId);
  const found = await client.pipelineRun.findUnique({ where: { repo_githubId: { repo, githubId } }, select: { id: true } });
  if (found) return found.id;
  const at = input.job.startedAt ? new Date(input.job.startedAt) : new Date();
  const placeholder = {
    repo,
    githubId,
    integrationId: input.integrationId,
    workflowId: "",
    workflowName: input.workflowName ?? "workflow",
    runNumber: 0,
    attempt: 0,
    event: "",
    status: "queued",
    statusRank: -1,
    branch: input.branch ?? null,
    headSha: input.job.headSha,
    htmlUrl: input.runHtmlUrl ?? input.job.htmlUrl ?? "",
    runCreatedAt: at,
    githubUpdatedAt: new Date(0),
  };
  try {
    return (await client.pipelineRun.create({ data: placeholder, select: { id: true } })).id;
  } catch (error) {
    if (!isUnique(error)) throw error;
    return (await client.pipelineRun.findUniqueOrThrow({ where: { repo_githubId: { repo, githubId } }, select: { id: true } })).id;
  }
}
