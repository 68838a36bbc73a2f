import "server-only";
// Rollback: redeploy the previous successful version of an entity in an environment through its
// deploy workflow (flightdeck.dev/deploy-workflow), a workflow_dispatch with `version` (and
// `environment`) as inputs. Same rights as dispatching; audited as deployment.rollback.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { dispatchWorkflow } from "../pipelines/dispatch-workflow";
import { getEntityRepository } from "../pipelines/entity-repository";
import { assertMayOperate } from "../pipelines/pipeline-access";
import { assertEnvironment } from "./environments";

/** The version running now and the one a rollback would bring back, or why there is none. */
export async function getRollbackTarget(entity: string, environmentName: string) {
  const environment = assertEnvironment(environmentName);
  const repo = await getEntityRepository(entity);
  const successes = await db.deployment.findMany({
    where: { entityRef: repo.entityRef, environment, status: "succeeded", version: { not: null } },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: { version: true, startedAt: true },
  });
  const current = successes[0]?.version ?? null;
  const previous = successes.find((s) => s.version !== current)?.version ?? null;
  return { repo, environment, current, previous };
}

export async function rollbackDeployment(actor: Actor, input: { entity: string; environment: string }) {
  const { repo, environment, current, previous } = await getRollbackTarget(input.entity, input.environment);
  await assertMayOperate(actor, repo.entityRef, "roll back deployments");
  if (!repo.deployWorkflow) throw new AppError("validation", `${repo.entityRef} has no flightdeck.dev/deploy-workflow annotation naming its deploy workflow`);
  if (!previous) throw new AppError("validation", `no earlier successful version of ${repo.entityRef} in ${environment} to roll back to`);
  const dispatched = await dispatchWorkflow(
    actor,
    { entity: repo.entityRef, workflow: repo.deployWorkflow, ref: repo.defaultBranch, inputs: { version: previous, environment } },
    { action: "deployment.rollback", after: { environment, from: current, to: previous } },
  );
  return { ...dispatched, environment, from: current, to: previous };
}
