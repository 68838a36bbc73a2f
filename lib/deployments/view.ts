import type { Deployment } from "../db/generated/sqlite/client";
import type { DeploymentStatus, DeploymentView } from "./schemas";

export function toDeploymentView(d: Deployment): DeploymentView {
  return {
    id: d.id,
    externalId: d.externalId,
    entityRef: d.entityRef,
    environment: d.environment,
    version: d.version,
    sha: d.sha,
    status: d.status as DeploymentStatus,
    isHotfix: d.isHotfix,
    source: d.source,
    url: d.url,
    startedAt: d.startedAt,
    finishedAt: d.finishedAt,
    leadTimeSec: d.leadTimeSec,
  };
}
