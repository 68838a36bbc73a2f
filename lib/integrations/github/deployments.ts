import "server-only";
// Deployments and their statuses: how environments and releases report to GitHub.
import { call, label, type Ctx, type RepoRef } from "./call";

export type DeploymentState = "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";

export function createDeployment(
  { octokit }: Ctx,
  ref: RepoRef,
  input: { gitRef: string; environment: string; description?: string; payload?: Record<string, unknown>; autoMerge?: boolean },
): Promise<{ id: number }> {
  return call(`a deployment of ${label(ref)} to ${input.environment}`, async () => {
    const { data, status } = await octokit.rest.repos.createDeployment({
      ...ref,
      ref: input.gitRef,
      environment: input.environment,
      auto_merge: input.autoMerge ?? false,
      required_contexts: [],
      ...(input.description && { description: input.description }),
      ...(input.payload && { payload: input.payload }),
    });
    // 202 means GitHub merged the default branch first and made no deployment.
    if (status !== 201 || !("id" in data)) throw new Error(`GitHub did not create the deployment: ${"message" in data ? data.message : status}`);
    return { id: data.id };
  });
}

export function createDeploymentStatus(
  { octokit }: Ctx,
  ref: RepoRef,
  deploymentId: number,
  input: { state: DeploymentState; environmentUrl?: string; logUrl?: string; description?: string },
): Promise<{ id: number }> {
  return call(`deployment ${deploymentId} of ${label(ref)}`, async () => {
    const { data } = await octokit.rest.repos.createDeploymentStatus({
      ...ref,
      deployment_id: deploymentId,
      state: input.state,
      ...(input.environmentUrl && { environment_url: input.environmentUrl }),
      ...(input.logUrl && { log_url: input.logUrl }),
      ...(input.description && { description: input.description }),
    });
    return { id: data.id };
  });
}
