import "server-only";
// GitHub Actions: the pipelines screen lists runs and jobs, re-runs, cancels and dispatches.
import { call, label, type Ctx, type RepoRef } from "./call";

export type WorkflowRun = {
  id: number;
  name: string | null;
  workflowId: number;
  headBranch: string | null;
  headSha: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  runAttempt: number;
  htmlUrl: string;
  createdAt: string;
  updatedAt: string;
};

export type WorkflowJob = { id: number; runId: number; name: string; status: string; conclusion: string | null; startedAt: string | null; completedAt: string | null; htmlUrl: string | null };

export function listWorkflowRuns({ octokit }: Ctx, ref: RepoRef, filter: { branch?: string; status?: string; perPage?: number } = {}): Promise<WorkflowRun[]> {
  return call(`workflow runs of ${label(ref)}`, async () => {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
      ...ref,
      per_page: filter.perPage ?? 30,
      ...(filter.branch && { branch: filter.branch }),
      ...(filter.status && { status: filter.status as "completed" }),
    });
    return data.workflow_runs.map((r) => ({
      id: r.id,
      name: r.name ?? null,
      workflowId: r.workflow_id,
      headBranch: r.head_branch,
      headSha: r.head_sha,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      runAttempt: r.run_attempt ?? 1,
      htmlUrl: r.html_url,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  });
}

export function listRunJobs({ octokit }: Ctx, ref: RepoRef, runId: number): Promise<WorkflowJob[]> {
  return call(`jobs of run ${runId} in ${label(ref)}`, async () =>
    (await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, { ...ref, run_id: runId, per_page: 100 })).map((j) => ({
      id: j.id,
      runId: j.run_id,
      name: j.name,
      status: j.status,
      conclusion: j.conclusion,
      startedAt: j.started_at,
      completedAt: j.completed_at ?? null,
      htmlUrl: j.html_url,
    })),
  );
}

/** workflow_dispatch: the workflow file name (deploy.yml) or its id, on a branch or tag. */
export function dispatchWorkflow({ octokit }: Ctx, ref: RepoRef, workflow: string | number, gitRef: string, inputs: Record<string, string> = {}) {
  return call(`workflow ${workflow} of ${label(ref)}`, async () => {
    await octokit.rest.actions.createWorkflowDispatch({ ...ref, workflow_id: workflow, ref: gitRef, inputs });
  });
}

export function rerunWorkflowRun({ octokit }: Ctx, ref: RepoRef, runId: number, onlyFailed = false) {
  return call(`run ${runId} in ${label(ref)}`, async () => {
    if (onlyFailed) await octokit.rest.actions.reRunWorkflowFailedJobs({ ...ref, run_id: runId });
    else await octokit.rest.actions.reRunWorkflow({ ...ref, run_id: runId });
  });
}

export function cancelWorkflowRun({ octokit }: Ctx, ref: RepoRef, runId: number) {
  return call(`run ${runId} in ${label(ref)}`, async () => {
    await octokit.rest.actions.cancelWorkflowRun({ ...ref, run_id: runId });
  });
}

/** A job's plain-text log (GitHub answers with a redirect to the log file; fetch follows it). */
export function getJobLogs({ octokit }: Ctx, ref: RepoRef, jobId: number): Promise<string> {
  return call(`logs of job ${jobId} in ${label(ref)}`, async () => {
    const { data } = await octokit.rest.actions.downloadJobLogsForWorkflowRun({ ...ref, job_id: jobId });
    return typeof data === "string" ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString("utf8") : String(data);
  });
}
