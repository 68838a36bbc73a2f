import "server-only";
// Store a workflow run as GitHub last described it, never going backwards: an update applies
// only when it is at least as new as the row (attempt, then status rank, then updated_at), in
// one conditional UPDATE, so duplicate and out-of-order deliveries are harmless on any number of
// workers. The repository's "latest default-branch run" moves forward the same way.
import type { Db, Tx } from "../db/client";
import type { WorkflowRun } from "../integrations/github/facade";
import { latestRankOf, runStatusRank } from "./ranks";

export type RunInput = { repo: string; integrationId: string | null; defaultBranch: string | null; run: WorkflowRun; workflowName?: string | null };

const isUnique = (error: unknown) => (error as { code?: string })?.code === "P2002";

export async function upsertRun(client: Db | Tx, input: RunInput): Promise<{ id: string; applied: boolean }> {
  const r = input.run;
  const repo = input.repo.toLowerCase();
  const githubId = String(r.id);
  const rank = runStatusRank(r.status);
  const updatedAt = new Date(r.updatedAt);
  const startedAt = r.runStartedAt ? new Date(r.runStartedAt) : null;
  const completed = r.status === "completed";
  const data = {
    integrationId: input.integrationId,
    workflowId: String(r.workflowId),
    workflowName: r.name ?? input.workflowName ?? "workflow",
    workflowPath: r.path,
    runNumber: r.runNumber,
    attempt: r.runAttempt,
    event: r.event,
    status: r.status ?? "queued",
    conclusion: completed ? r.conclusion : null,
    statusRank: rank,
    branch: r.headBranch,
    isDefault: !!input.defaultBranch && r.headBranch === input.defaultBranch,
    headSha: r.headSha,
    title: r.title,
    actor: r.actor,
    htmlUrl: r.htmlUrl,
    runCreatedAt: new Date(r.createdAt),
    startedAt,
    completedAt: completed ? updatedAt : null,
    durationMs: completed && startedAt ? Math.max(0, updatedAt.getTime() - startedAt.getTime()) : null,
    githubUpdatedAt: updatedAt,
  };
  const notNewer = {
    OR: [
      { attempt: { lt: r.runAttempt } },
      { attempt: r.runAttempt, statusRank: { lt: rank } },
      { attempt: r.runAttempt, statusRank: rank, githubUpdatedAt: { lte: updatedAt } },
    ],
  };
  let applied = (await client.pipelineRun.updateMany({ where: { repo, githubId, ...notNewer }, data })).count > 0;
  if (!applied) {
    const existing = await client.pipelineRun.findUnique({ where: { repo_githubId: { repo, githubId } }, select: { id: true } });
    if (existing) return { id: existing.id, applied: false };
    try {
      await client.pipelineRun.create({ data: { repo, githubId, ...data } });
      applied = true;
    } catch (error) {
      if (!isUnique(error)) throw error;
      // Another worker created it a moment ago: apply ours only if it is newer.
      applied = (await client.pipelineRun.updateMany({ where: { repo, githubId, ...notNewer }, data })).count > 0;
    }
  }
  const row = await client.pipelineRun.findUniqueOrThrow({ where: { repo_githubId: { repo, githubId } }, select: { id: true } });
  if (applied && data.isDefault) await moveLatest(client, repo, row.id, BigInt(r.id), data.runCreatedAt, data.status, data.conclusion);
  return { id: row.id, applied };
}

async function moveLatest(client: Db | Tx, repo: string, runRowId: string, githubRunId: bigint, at: Date, status: string, conclusion: string | null) {
  const latest = { latestRunRowId: runRowId, latestGithubRunId: githubRunId, latestStatus: status, latestConclusion: conclusion, latestRunAt: at, latestRank: latestRankOf(status, conclusion) };
  // GitHub's times have whole seconds: runs created in the same second are ordered by their id.
  const notNewer = { OR: [{ latestRunAt: null }, { latestRunAt: { lt: at } }, { latestRunAt: at, OR: [{ latestGithubRunId: null }, { latestGithubRunId: { lte: githubRunId } }] }] };
  const moved = await client.pipelineRepository.updateMany({ where: { repo, ...notNewer }, data: latest });
  if (moved.count) return;
  const exists = await client.pipelineRepository.findUnique({ where: { repo }, select: { repo: true } });
  if (!exists) await client.pipelineRepository.create({ data: { repo, ...latest } }).catch((e: unknown) => (isUnique(e) ? undefined : Promise.reject(e)));
}
