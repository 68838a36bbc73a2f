import "server-only";
// POST /api/v1/deployments: any CI/CD tool (Jenkins, Argo CD, a script) reports a deployment.
import { assertCan, type Actor } from "../auth/actor";
import { recordDeployment } from "./record-deployment";
import type { ReportDeploymentInput } from "./schemas";

export async function reportDeployment(actor: Actor, input: ReportDeploymentInput) {
  assertCan(actor, "write");
  return recordDeployment(actor, {
    externalId: input.id,
    entity: input.entity,
    environment: input.environment,
    version: input.version ?? null,
    sha: input.sha ?? null,
    status: input.status,
    ...(input.startedAt && { startedAt: input.startedAt }),
    ...(input.finishedAt && { finishedAt: input.finishedAt }),
    url: input.url ?? null,
    ...(input.hotfix !== undefined && { hotfix: input.hotfix }),
    source: "api",
  });
}
