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
  runNumber: number;
  path: string | null;
  title: string | null;
  actor: string | null;
  runStartedAt: string | null;
};

export type WorkflowStep = { name: string; number: number; status: string; conclusion: string | null; startedAt: string | null; completedAt: string | null };

export type WorkflowJob = {
  id: number;
  runId: number;
  name: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  htmlUrl: string | null;
  runAttempt: number;
  headSha: string;
  steps: WorkflowStep[];
};

export type Workflow = { id: number; name: string; path: string; state: string };

type RawRun = {
  id: number;
  name?: string | null;
  workflow_id: number;
  head_branch: string | null;
  head_sha: string;
  event: string;
  status: string | null;
  conclusion: string | null;
  run_attempt?: number;
  html_url: string;
  created_at: string;
  updated_at: string;
  run_number: number;
  path?: string;
  display_title?: string;
  actor?: { login: string } | null;
  run_started_at?: string;
};

/** A run as the REST API and the workflow_run webhook describe it (they share the shape). */
export const toWorkflowRun = (r: RawRun): WorkflowRun => ({
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
  runNumber: r.run_number,
  path: r.path ?? null,
  title: r.display_title ?? null,
  actor: r.actor?.login ?? null,
  runStartedAt: r.run_started_at ?? null,
});

type RawJob = {
  id: number;
  run_id: number;
  name: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at?: string | null;
  html_url: string | null;
  run_attempt?: number;
  head_sha: string;
  steps?: { name: string; number: number; status: string; conclusion: string | null; started_at?: string | null; completed_at?: string | null }[];
};

/** A job as the REST API and the workflow_job webhook describe it. */
export const toWorkflowJob = (j: RawJob): WorkflowJob => ({
  id: j.id,
  runId: j.run_id,
  name: j.name,
  status: j.status,
  conclusion: j.conclusion,
  startedAt: j.started_at,
  completedAt: j.completed_at ?? null,
  htmlUrl: j.html_url,
  runAttempt: j.run_attempt ?? 1,
  headSha: j.head_sha,
  steps: (j.steps ?? []).map((s) => ({ name: s.name, number: s.number, status: s.status, conclusion: s.conclusion, startedAt: s.started_at ?? null, completedAt: s.completed_at ?? null })),
});

export function listWorkflows({ octokit }: Ctx, ref: RepoRef): Promise<Workflow[]> {
  return call(`workflows of ${label(ref)}`, async () =>
    (await octokit.paginate(octokit.rest.actions.listRepoWorkflows, { ...ref, per_page: 100 })).map((w) => ({ id: w.id, name: w.name, path: w.path, state: w.state })),
  );
}

export function listWorkflowRuns({ octokit }: Ctx, ref: RepoRef, filter: { branch?: string; status?: string; perPage?: number } = {}): Promise<WorkflowRun[]> {
  return call(`workflow runs of ${label(ref)}`, async () => {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
      ...ref,
      per_page: filter.perPage ?? 30,
      ...(filter.branch && { branch: filter.branch }),
      ...(filter.status && { status: filter.status as "completed" }),
    });
    return data.workflow_runs.map(toWorkflowRun);
  });
}

export function listRunJobs({ octokit }: Ctx, ref: RepoRef, runId: number): Promise<WorkflowJob[]> {
  return call(`jobs of run ${runId} in ${label(ref)}`, async () =>
    (await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, { ...ref, run_id: runId, per_page: 100 })).map(toWorkflowJob),
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
