import "server-only";
// Re-run (all or failed jobs) and cancel a workflow run, for the owner team's members and
// admins/platform. GitHub is called first (never inside a transaction); the audit event is
// written once it accepted. The run's rows then move with the webhooks GitHub sends.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { githubFor } from "../integrations/github/connect";
import { integrationForOwner } from "./entity-repository";
import { assertMayOperate } from "./pipeline-access";

async function loadRun(id: string) {
  const run = await db.pipelineRun.findUnique({ where: { id }, select: { id: true, repo: true, githubId: true, integrationId: true, workflowName: true, runNumber: true, status: true, attempt: true } });
  if (!run) throw AppError.notFound(`workflow run '${id}'`);
  const mapping = await db.pipelineRepository.findUnique({ where: { repo: run.repo }, select: { entityRef: true } });
  const [owner, repo] = run.repo.split("/") as [string, string];
  const integrationId = run.integrationId ?? (await integrationForOwner(owner));
  if (!integrationId) throw new AppError("unavailable", "GitHub is not connected");
  return { run, entityRef: mapping?.entityRef ?? null, ref: { owner, repo }, integrationId };
}

export async function rerunRun(actor: Actor, id: string, failedOnly: boolean) {
  const { run, entityRef, ref, integrationId } = await loadRun(id);
  await assertMayOperate(actor, entityRef, "re-run workflows");
  if (run.status !== "completed") throw new AppError("conflict", `run #${run.runNumber} of ${run.workflowName} is still ${run.status.replace("_", " ")}`);
  await (await githubFor(integrationId)).rerunWorkflowRun(ref, Number(run.githubId), failedOnly);
  await recordAudit(db, actor, { action: failedOnly ? "pipeline.rerun-failed" : "pipeline.rerun", targetType: "pipeline-run", targetId: run.id, targetLabel: `${run.repo} ${run.workflowName} #${run.runNumber}`, after: { attempt: run.attempt + 1 } });
  return { ok: true as const };
}

export async function cancelRun(actor: Actor, id: string) {
  const { run, entityRef, ref, integrationId } = await loadRun(id);
  await assertMayOperate(actor, entityRef, "cancel workflows");
  if (run.status === "completed") throw new AppError("conflict", `run #${run.runNumber} of ${run.workflowName} has already completed`);
  await (await githubFor(integrationId)).cancelWorkflowRun(ref, Number(run.githubId));
  await recordAudit(db, actor, { action: "pipeline.cancel", targetType: "pipeline-run", targetId: run.id, targetLabel: `${run.repo} ${run.workflowName} #${run.runNumber}` });
  return { ok: true as const };
}
