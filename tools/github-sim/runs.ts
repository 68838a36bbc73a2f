// Workflow run lifecycle (queued -> in_progress -> completed), shared by the REST routes
// (dispatch, rerun, cancel) and the control API, each step announced by webhooks like GitHub's.
import { git, readCommit, resolveCommit } from "./git.ts";
import { HttpError, type Sim } from "./http.ts";
import { jobLog, type Repo, type Run, type Workflow } from "./state.ts";
import { sendWebhook, workflowJobPayloads, workflowRunPayload } from "./webhooks.ts";

async function announce(sim: Sim, repo: Repo, r: Run, runAction: string | null, jobAction: string | null) {
  if (runAction) await sendWebhook(sim, "workflow_run", workflowRunPayload(sim, runAction, r, repo));
  if (jobAction) for (const p of workflowJobPayloads(sim, jobAction, r, repo)) await sendWebhook(sim, "workflow_job", p);
}

// Job names come from the workflow file's `jobs:` keys, so a dispatched run looks like its file.
async function jobNamesOf(repo: Repo, wf: Workflow, ref: string): Promise<string[]> {
  try {
    const yaml = (await git(repo.dir, ["cat-file", "blob", `${ref}:${wf.path}`])).toString();
    const block = yaml.split(/^jobs:\s*$/m)[1] ?? "";
    const names = [...block.matchAll(/^ {2}([A-Za-z0-9_-]+):\s*$/gm)].map((m) => m[1] ?? "");
    return names.length ? names : ["build"];
  } catch {
    return ["build"];
  }
}

export async function createRun(
  sim: Sim,
  repo: Repo,
  wf: Workflow,
  init: { branch: string; event: string; actor: string; status?: Run["status"]; conclusion?: string | null; jobs?: string[] },
): Promise<Run> {
  const sha = await resolveCommit(repo.dir, `refs/heads/${init.branch}`);
  if (!sha) throw new HttpError(422, `No ref found for: ${init.branch}`);
  const commit = await readCommit(repo.dir, sha);
  const jobs = init.jobs ?? (await jobNamesOf(repo, wf, sha));
  const r = sim.state.addRun(
    {
      repo: `${repo.owner}/${repo.name}`,
      workflowId: wf.id,
      event: init.event,
      status: init.status ?? "queued",
      conclusion: init.conclusion ?? null,
      branch: init.branch,
      headSha: sha,
      headCommit: { tree: commit?.tree ?? "", message: commit?.message.trim() ?? "", name: commit?.author.name ?? "", email: commit?.author.email ?? "", date: commit?.author.date ?? new Date() },
      actor: init.actor,
    },
    jobs,
  );
  if (r.status === "queued") await announce(sim, repo, r, "requested", "queued");
  return r;
}

export async function advanceRun(sim: Sim, repo: Repo, r: Run, to: "in_progress" | "completed", conclusion: string = "success"): Promise<void> {
  const now = new Date();
  r.updatedAt = now;
  const jobs = sim.state.jobsOf(r.id);
  if (to === "in_progress") {
    r.status = "in_progress";
    r.startedAt = now;
    for (const j of jobs) Object.assign(j, { status: "in_progress", conclusion: null, startedAt: now, completedAt: null });
  } else {
    r.status = "completed";
    r.conclusion = conclusion;
    // A failed run has its last job fail and the others succeed, the usual picture in the UI.
    jobs.forEach((j, i) => {
      if (j.status === "completed") return;
      const jobConclusion = conclusion === "failure" ? (i === jobs.length - 1 ? "failure" : "success") : conclusion;
      Object.assign(j, { status: "completed", conclusion: jobConclusion, completedAt: now });
    });
  }
  for (const j of jobs) j.log = jobLog(r, j);
  await announce(sim, repo, r, to, to);
}

export async function rerunRun(sim: Sim, repo: Repo, r: Run, onlyFailed: boolean): Promise<void> {
  if (r.status !== "completed") throw new HttpError(403, "This workflow is already running");
  const now = new Date();
  r.attempt += 1;
  Object.assign(r, { status: "queued", conclusion: null, updatedAt: now, startedAt: now });
  for (const j of sim.state.jobsOf(r.id)) {
    if (onlyFailed && j.conclusion === "success") continue;
    Object.assign(j, { status: "queued", conclusion: null, startedAt: now, completedAt: null });
    j.log = jobLog(r, j);
  }
  await announce(sim, repo, r, "requested", "queued");
}

export async function cancelRun(sim: Sim, repo: Repo, r: Run): Promise<void> {
  if (r.status === "completed") throw new HttpError(409, "Cannot cancel a workflow run that is completed.");
  await advanceRun(sim, repo, r, "completed", "cancelled");
}
