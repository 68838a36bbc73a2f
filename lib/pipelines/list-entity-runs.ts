import "server-only";
// The CI/CD tab: an entity's recent workflow runs from the stored rows (kept live by webhooks),
// filtered by workflow, branch and status, plus the repository's state in plain words. A
// repository never read yet is queued for a resync, at most every few minutes per process.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { enqueueJob } from "../jobs/enqueue-job";
import { getEntityRepository } from "./entity-repository";
import { canOperate } from "./pipeline-access";
import type { ListRunsQuery, RunSummary } from "./schemas";

export const runSummarySelect = {
  id: true, githubId: true, workflowName: true, runNumber: true, attempt: true, event: true, status: true, conclusion: true,
  branch: true, headSha: true, title: true, actor: true, htmlUrl: true, runCreatedAt: true, durationMs: true,
} as const;

const RESYNC_EVERY_MS = 5 * 60_000;
const requested = new Map<string, number>();

function statusFilter(status: ListRunsQuery["status"]) {
  if (!status) return {};
  if (status === "queued" || status === "in_progress") return { status };
  return { status: "completed", conclusion: status };
}

export async function listEntityRuns(actor: Actor, query: ListRunsQuery) {
  const repo = await getEntityRepository(query.entity);
  const mayOperate = await canOperate(actor, repo.entityRef);
  const empty = { items: [] as RunSummary[], workflows: [] as string[], branches: [] as string[], active: false, canOperate: mayOperate };
  if (!repo.key) return { ...empty, repository: { state: "no-repository" as const, slug: null, message: "no github.com/project-slug annotation" } };
  if (!repo.integrationId) return { ...empty, repository: { state: "not-connected" as const, slug: repo.slug, message: "GitHub is not connected: an admin connects it in Settings → Integrations" } };
  const where = { repo: repo.key, ...(query.workflow && { workflowName: query.workflow }), ...(query.branch && { branch: query.branch }), ...statusFilter(query.status) };
  const [items, names, branches, state] = await Promise.all([
    db.pipelineRun.findMany({ where, orderBy: { runCreatedAt: "desc" }, take: query.take, select: runSummarySelect }),
    db.pipelineRun.findMany({ where: { repo: repo.key }, distinct: ["workflowName"], select: { workflowName: true }, take: 50 }),
    db.pipelineRun.findMany({ where: { repo: repo.key, branch: { not: null } }, distinct: ["branch"], select: { branch: true }, take: 50 }),
    db.pipelineRepository.findUnique({ where: { repo: repo.key }, select: { lastSyncedAt: true, lastError: true } }),
  ]);
  if (!state?.lastSyncedAt && (requested.get(repo.key) ?? 0) < Date.now() - RESYNC_EVERY_MS) {
    requested.set(repo.key, Date.now());
    await enqueueJob(db, "pipelines.resync-repository", { repo: repo.key });
  }
  const repository = state?.lastError && !items.length
    ? { state: "no-access" as const, slug: repo.slug, message: state.lastError }
    : { state: "ok" as const, slug: repo.slug, message: null };
  return {
    repository,
    items,
    workflows: names.map((n) => n.workflowName).sort(),
    branches: branches.map((b) => b.branch!).sort(),
    active: items.some((r) => r.status !== "completed"),
    canOperate: mayOperate,
  };
}
