import "server-only";
// One deployment report, from the API or a GitHub webhook, into one row keyed by the reporter's
// id. A report applies only when it is not older than the row (status rank, then finish time),
// so a late "started" never undoes "succeeded". The audit event and, for a successful
// production deployment with a commit, the lead-time job are written in the same transaction.
import type { Actor } from "../auth/actor";
import { normalizeRef } from "../catalog/refs";
import { db as defaultDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { enqueueJob } from "../jobs/enqueue-job";
import { assertEnvironment, PRODUCTION } from "./environments";
import type { DeploymentStatus, DeploymentView } from "./schemas";
import { toDeploymentView } from "./view";

export type DeploymentReport = {
  externalId: string;
  entity: string;
  environment: string;
  version?: string | null;
  sha?: string | null;
  status: DeploymentStatus;
  startedAt?: Date;
  finishedAt?: Date;
  url?: string | null;
  hotfix?: boolean;
  source: "api" | "github";
};

export const deploymentRank: Record<DeploymentStatus, number> = { started: 0, succeeded: 1, failed: 1, rolled_back: 2 };

export async function recordDeployment(actor: Actor, report: DeploymentReport, client: Db = defaultDb): Promise<{ deployment: DeploymentView; applied: boolean; created: boolean }> {
  const environment = assertEnvironment(report.environment);
  const ref = normalizeRef(report.entity);
  const entity = ref ? await client.entity.findUnique({ where: { ref }, select: { ref: true } }) : null;
  if (!entity) throw new AppError("not_found", `entity '${report.entity}' not found`, [{ path: "entity", message: `no entity '${report.entity}' in the catalog` }]);
  const now = new Date();
  const rank = deploymentRank[report.status];
  const finishedAt = report.status === "started" ? null : (report.finishedAt ?? now);
  const isHotfix = report.hotfix ?? /hotfix/i.test(report.version ?? "");
  const fields = {
    environment,
    status: report.status,
    statusRank: rank,
    ...(report.version && { version: report.version }),
    ...(report.sha && { sha: report.sha.toLowerCase() }),
    ...(report.url && { url: report.url }),
    ...(report.startedAt && { startedAt: report.startedAt }),
    ...(finishedAt && { finishedAt }),
    ...(isHotfix && { isHotfix }),
  };
  return client.$transaction(async (tx) => {
    const existing = await tx.deployment.findUnique({ where: { externalId: report.externalId } });
    if (existing && existing.entityRef !== entity.ref) {
      throw new AppError("conflict", `deployment '${report.externalId}' belongs to ${existing.entityRef}, not ${entity.ref}`);
    }
    let row = existing;
    let applied = false;
    if (!existing) {
      row = await tx.deployment.create({
        data: { externalId: report.externalId, entityRef: entity.ref, source: report.source, startedAt: report.startedAt ?? finishedAt ?? now, createdById: actor.userId, ...fields },
      });
      applied = true;
    } else {
      // Same rank: the later finish wins; a repeated report changes nothing that matters.
      const notNewer = { OR: [{ statusRank: { lt: rank } }, { statusRank: rank, ...(finishedAt && { OR: [{ finishedAt: null }, { finishedAt: { lte: finishedAt } }] }) }] };
      applied = (await tx.deployment.updateMany({ where: { id: existing.id, ...notNewer }, data: fields })).count > 0;
      if (applied) row = await tx.deployment.findUniqueOrThrow({ where: { id: existing.id } });
    }
    const view = toDeploymentView(row!);
    if (applied) {
      await recordAudit(tx, actor, {
        action: existing ? "deployment.update" : "deployment.report",
        targetType: "deployment",
        targetId: row!.id,
        targetLabel: `${entity.ref} → ${environment}${row!.version ? ` ${row!.version}` : ""}`,
        ...(existing && { before: { status: existing.status, version: existing.version } }),
        after: { status: view.status, version: view.version, sha: view.sha, source: report.source },
      });
      if (view.status === "succeeded" && environment === PRODUCTION && view.sha && row!.leadTimeSec === null) {
        await enqueueJob(tx, "deployments.lead-time", { deploymentId: row!.id });
      }
    }
    return { deployment: view, applied, created: !existing };
  });
}
