// JSON shapes for Actions (workflows, runs, jobs) and deployments.
import { iso, nodeId, type Sim } from "./http.ts";
import { out, repository, simpleUser } from "./serialize.ts";
import type { Deployment, DeploymentStatus, Job, Repo, Run, Workflow } from "./state.ts";

const repoApi = (sim: Sim, repo: string) => `${sim.base}/repos/${repo}`;

export function workflow(sim: Sim, w: Workflow): Record<string, unknown> {
  return out(sim, "workflow", {
    id: w.id,
    node_id: nodeId("Workflow", w.id),
    name: w.name,
    path: w.path,
    state: "active",
    created_at: iso(w.createdAt),
    updated_at: iso(w.createdAt),
    url: `${repoApi(sim, w.repo)}/actions/workflows/${w.id}`,
    html_url: `${sim.base}/${w.repo}/blob/main/${w.path}`,
    badge_url: `${sim.base}/${w.repo}/workflows/${encodeURIComponent(w.name)}/badge.svg`,
  });
}

export function run(sim: Sim, r: Run, repo: Repo): Record<string, unknown> {
  const u = `${repoApi(sim, r.repo)}/actions/runs/${r.id}`;
  const wf = sim.state.workflows.find((w) => w.id === r.workflowId);
  const repoJson = repository(sim, repo);
  const actor = simpleUser(sim, sim.state.userOrGhost(r.actor));
  return out(sim, "workflow-run", {
    id: r.id,
    name: wf?.name ?? "workflow",
    node_id: nodeId("WorkflowRun", r.id),
    check_suite_id: r.id + 1,
    check_suite_node_id: nodeId("CheckSuite", r.id + 1),
    head_branch: r.branch,
    head_sha: r.headSha,
    path: wf?.path ?? "",
    display_title: r.headCommit.message.split("\n")[0] ?? "",
    run_number: r.runNumber,
    run_attempt: r.attempt,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflowId,
    url: u,
    html_url: `${sim.base}/${r.repo}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    run_started_at: iso(r.startedAt),
    actor,
    triggering_actor: actor,
    referenced_workflows: [],
    jobs_url: `${u}/jobs`,
    logs_url: `${u}/logs`,
    check_suite_url: `${repoApi(sim, r.repo)}/check-suites/${r.id + 1}`,
    artifacts_url: `${u}/artifacts`,
    cancel_url: `${u}/cancel`,
    rerun_url: `${u}/rerun`,
    previous_attempt_url: r.attempt > 1 ? `${u}/attempts/${r.attempt - 1}` : null,
    workflow_url: `${repoApi(sim, r.repo)}/actions/workflows/${r.workflowId}`,
    head_commit: {
      id: r.headSha,
      tree_id: r.headCommit.tree,
      message: r.headCommit.message,
      timestamp: iso(r.headCommit.date),
      author: { name: r.headCommit.name, email: r.headCommit.email },
      committer: { name: r.headCommit.name, email: r.headCommit.email },
    },
    repository: repoJson,
    head_repository: repoJson,
  });
}

export function job(sim: Sim, j: Job, r: Run): Record<string, unknown> {
  const wf = sim.state.workflows.find((w) => w.id === r.workflowId);
  const started = j.status !== "queued";
  return out(sim, "job", {
    id: j.id,
    run_id: r.id,
    run_url: `${repoApi(sim, r.repo)}/actions/runs/${r.id}`,
    run_attempt: r.attempt,
    node_id: nodeId("CheckRun", j.id),
    head_sha: r.headSha,
    url: `${repoApi(sim, r.repo)}/actions/jobs/${j.id}`,
    html_url: `${sim.base}/${r.repo}/actions/runs/${r.id}/job/${j.id}`,
    status: j.status,
    conclusion: j.conclusion,
    created_at: iso(r.createdAt),
    started_at: iso(j.startedAt),
    completed_at: iso(j.completedAt),
    name: j.name,
    steps: started
      ? [{ name: "Set up job", status: j.status, conclusion: j.conclusion, number: 1, started_at: iso(j.startedAt), completed_at: iso(j.completedAt) }]
      : [],
    check_run_url: `${repoApi(sim, r.repo)}/check-runs/${j.id}`,
    labels: ["ubuntu-latest"],
    runner_id: started ? 1 : null,
    runner_name: started ? "github-sim-runner" : null,
    runner_group_id: started ? 1 : null,
    runner_group_name: started ? "GitHub Actions" : null,
    workflow_name: wf?.name ?? null,
    head_branch: r.branch,
  });
}

export function deployment(sim: Sim, d: Deployment): Record<string, unknown> {
  const u = `${repoApi(sim, d.repo)}/deployments/${d.id}`;
  return out(sim, "deployment", {
    url: u,
    id: d.id,
    node_id: nodeId("Deployment", d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload ?? {},
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(sim, sim.state.userOrGhost(d.creator)),
    created_at: iso(d.createdAt),
    updated_at: iso(d.updatedAt),
    statuses_url: `${u}/statuses`,
    repository_url: repoApi(sim, d.repo),
    transient_environment: d.transient,
    production_environment: d.production,
  });
}

export function deploymentStatus(sim: Sim, s: DeploymentStatus, d: Deployment): Record<string, unknown> {
  const du = `${repoApi(sim, d.repo)}/deployments/${d.id}`;
  return out(sim, "deployment-status", {
    url: `${du}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId("DeploymentStatus", s.id),
    state: s.state,
    creator: simpleUser(sim, sim.state.userOrGhost(s.creator)),
    description: s.description,
    environment: d.environment,
    target_url: s.targetUrl,
    log_url: s.logUrl,
    environment_url: s.environmentUrl,
    created_at: iso(s.createdAt),
    updated_at: iso(s.createdAt),
    deployment_url: du,
    repository_url: repoApi(sim, d.repo),
  });
}
