// GitHub Actions: workflows, runs, jobs, logs, rerun, cancel, dispatch.
import { createHmac } from "node:crypto";
import { repoAccess, viewerLogin } from "../access.ts";
import { resolveCommit } from "../git.ts";
import { HttpError, paginate, route, str, validationFailed, type Ctx, type Route, type Sim } from "../http.ts";
import { cancelRun, createRun, rerunRun } from "../runs.ts";
import { job, run, workflow } from "../serialize-actions.ts";

// The log URL is a capability like GitHub's signed blob URL: no Authorization needed to read it.
export const logSignature = (sim: Sim, jobId: number) => createHmac("sha256", sim.logKey).update(String(jobId)).digest("hex").slice(0, 32);

function runOf(ctx: Ctx) {
  const repo = repoAccess(ctx);
  const r = ctx.sim.state.runs.find((x) => x.id === Number(ctx.params.run_id) && x.repo === `${repo.owner}/${repo.name}`);
  if (!r) throw new HttpError(404, "Not Found");
  return { repo, r };
}

export const actionsRoutes: Route[] = [
  // GET /repos/{owner}/{repo}/actions/workflows
  route("GET", "/repos/{owner}/{repo}/actions/workflows", (ctx) => {
    const repo = repoAccess(ctx);
    const all = ctx.sim.state.workflows.filter((w) => w.repo === `${repo.owner}/${repo.name}`);
    const page = paginate(ctx, all);
    return { status: 200, body: { total_count: all.length, workflows: page.items.map((w) => workflow(ctx.sim, w)) }, headers: page.headers };
  }),

  // GET /repos/{owner}/{repo}/actions/runs - newest first, filters branch, status, event
  route("GET", "/repos/{owner}/{repo}/actions/runs", (ctx) => {
    const repo = repoAccess(ctx);
    const { branch, status, event, head_sha: headSha } = Object.fromEntries(ctx.query) as Record<string, string | undefined>;
    const all = ctx.sim.state.runs
      .filter((r) => r.repo === `${repo.owner}/${repo.name}`)
      .filter((r) => !branch || r.branch === branch)
      .filter((r) => !event || r.event === event)
      .filter((r) => !headSha || r.headSha === headSha)
      // `status` accepts a status or a conclusion, as on GitHub.
      .filter((r) => !status || r.status === status || r.conclusion === status)
      .sort((a, b) => b.id - a.id);
    const page = paginate(ctx, all);
    return { status: 200, body: { total_count: all.length, workflow_runs: page.items.map((r) => run(ctx.sim, r, repo)) }, headers: page.headers };
  }),

  // GET /repos/{owner}/{repo}/actions/runs/{run_id}
  route("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}", (ctx) => {
    const { repo, r } = runOf(ctx);
    return { status: 200, body: run(ctx.sim, r, repo) };
  }),

  // GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs
  route("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/jobs", (ctx) => {
    const { r } = runOf(ctx);
    const all = ctx.sim.state.jobsOf(r.id);
    const page = paginate(ctx, all);
    return { status: 200, body: { total_count: all.length, jobs: page.items.map((j) => job(ctx.sim, j, r)) }, headers: page.headers };
  }),

  // GET /repos/{owner}/{repo}/actions/jobs/{job_id}
  route("GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}", (ctx) => {
    const repo = repoAccess(ctx);
    const j = ctx.sim.state.jobs.find((x) => x.id === Number(ctx.params.job_id));
    const r = j && ctx.sim.state.runs.find((x) => x.id === j.runId && x.repo === `${repo.owner}/${repo.name}`);
    if (!j || !r) throw new HttpError(404, "Not Found");
    return { status: 200, body: job(ctx.sim, j, r) };
  }),

  // GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs - 302 to a plain-text log
  route("GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs", (ctx) => {
    const repo = repoAccess(ctx);
    const j = ctx.sim.state.jobs.find((x) => x.id === Number(ctx.params.job_id));
    if (!j || !ctx.sim.state.runs.some((r) => r.id === j.runId && r.repo === `${repo.owner}/${repo.name}`)) throw new HttpError(404, "Not Found");
    return { status: 302, headers: { location: `${ctx.sim.base}/_sim/logs/${j.id}?sig=${logSignature(ctx.sim, j.id)}` } };
  }),

  // POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun
  route("POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun", async (ctx) => {
    repoAccess(ctx, "write");
    const { repo, r } = runOf(ctx);
    await rerunRun(ctx.sim, repo, r, false);
    return { status: 201, body: {} };
  }),

  // POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs
  route("POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", async (ctx) => {
    repoAccess(ctx, "write");
    const { repo, r } = runOf(ctx);
    await rerunRun(ctx.sim, repo, r, true);
    return { status: 201, body: {} };
  }),

  // POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel - 202, or 409 once completed
  route("POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/cancel", async (ctx) => {
    repoAccess(ctx, "write");
    const { repo, r } = runOf(ctx);
    await cancelRun(ctx.sim, repo, r);
    return { status: 202, body: {} };
  }),

  // POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches - 204, a queued run
  route("POST", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const wf = ctx.sim.state.workflowFor(`${repo.owner}/${repo.name}`, ctx.params.workflow_id ?? "");
    if (!wf) throw new HttpError(404, "Not Found");
    const ref = (str(ctx.body.ref) ?? "").replace(/^refs\/heads\//, "");
    if (!ref) throw validationFailed([{ resource: "WorkflowDispatch", code: "missing_field", field: "ref" }]);
    if (!(await resolveCommit(repo.dir, `refs/heads/${ref}`))) throw validationFailed([], `No ref found for: ${ref}`);
    const inputs = Object.fromEntries(Object.entries((ctx.body.inputs ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    const r = await createRun(ctx.sim, repo, wf, { branch: ref, event: "workflow_dispatch", actor: viewerLogin(ctx) });
    ctx.sim.state.dispatches.push({ repo: `${repo.owner}/${repo.name}`, workflow: wf.path, ref, inputs, runId: r.id });
    return { status: 204 };
  }),
];
