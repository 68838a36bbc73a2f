// The simulator's own control surface (not GitHub's): drive pushes, runs and deployments, point
// webhooks somewhere, inject faults. Used in-process by tests and over HTTP (/_sim/...) by
// `npm run dev:github` and anything outside the test process.
import { readBlob, resolveCommit, resolveObject } from "./git.ts";
import { HttpError, route, str, type Route, type Sim } from "./http.ts";
import { pushFiles } from "./push.ts";
import { logSignature } from "./routes/actions.ts";
import { createDeploymentStatus } from "./routes/repo-extras.ts";
import { advanceRun } from "./runs.ts";
import { triggerPushWorkflows } from "./seed.ts";

export type Control = {
  push(repo: string, files: Record<string, string>, message?: string, options?: { branch?: string; pusher?: string }): Promise<{ sha: string }>;
  advanceRun(repo: string, runId: number, to: "in_progress" | "completed", conclusion?: "success" | "failure"): Promise<void>;
  setWebhookTarget(url: string | null, secret: string): void;
  fail(pathPattern: RegExp, status: number, times: number): void;
  exhaustRateLimit(resetInSeconds: number): void;
  reset(): void;
  // Beyond the brief's minimum, for tests that need them:
  createDeploymentStatus(repo: string, deploymentId: number, state: string, options?: { description?: string; targetUrl?: string; environmentUrl?: string }): Promise<{ id: number }>;
  expireInstallationTokens(): void;
  deliveries(): Sim["deliveries"];
  /** workflow_dispatch requests received, with their inputs. */
  dispatches(): Sim["state"]["dispatches"];
  /** Runs of a repository, newest first (id, status, conclusion, attempt). */
  runs(repo: string): { id: number; status: string; conclusion: string | null; attempt: number; event: string; branch: string }[];
};

export function makeControl(getSim: () => Sim, reseed: () => void): Control {
  const repoOf = (name: string) => {
    const repo = getSim().state.repo(name);
    if (!repo) throw new HttpError(404, `github-sim: no repository ${name}`);
    return repo;
  };
  return {
    async push(name, files, message = "Update files", options = {}) {
      const sim = getSim();
      const repo = repoOf(name);
      const pusher = options.pusher ?? sim.state.viewer;
      const branch = options.branch ?? repo.defaultBranch;
      const { sha } = await pushFiles(sim, repo, files, message, pusher, branch);
      await triggerPushWorkflows(sim, repo, `refs/heads/${branch}`, pusher);
      return { sha };
    },
    async advanceRun(name, runId, to, conclusion) {
      const sim = getSim();
      const repo = repoOf(name);
      const r = sim.state.runs.find((x) => x.id === runId && x.repo === `${repo.owner}/${repo.name}`);
      if (!r) throw new HttpError(404, `github-sim: no run ${runId} in ${name}`);
      await advanceRun(sim, repo, r, to, conclusion ?? "success");
    },
    setWebhookTarget(url, secret) {
      getSim().webhook = url ? { url, secret } : null;
    },
    fail(pattern, status, times) {
      getSim().faults.push({ pattern, status, remaining: times });
    },
    exhaustRateLimit(resetInSeconds) {
      getSim().rate.exhaustedUntil = Date.now() + resetInSeconds * 1000;
    },
    reset: reseed,
    async createDeploymentStatus(name, deploymentId, state, options = {}) {
      const s = await createDeploymentStatus({ sim: getSim() }, repoOf(name), deploymentId, state, options);
      return { id: s.id };
    },
    expireInstallationTokens() {
      for (const t of getSim().state.tokens.values()) if (t.kind === "installation") t.expiresAt = new Date(Date.now() - 1000);
    },
    deliveries: () => getSim().deliveries,
    dispatches: () => getSim().state.dispatches,
    runs(name) {
      const repo = repoOf(name);
      return getSim()
        .state.runs.filter((r) => r.repo === `${repo.owner}/${repo.name}`)
        .sort((a, b) => b.id - a.id)
        .map((r) => ({ id: r.id, status: r.status, conclusion: r.conclusion, attempt: r.attempt, event: r.event, branch: r.branch }));
    },
  };
}

const obj = (v: unknown) => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

export function controlRoutes(control: Control, getSim: () => Sim): Route[] {
  const ok = (body: unknown = { ok: true }) => ({ status: 200, body });
  return [
    route("POST", "/_sim/push", async (ctx) => ok(await control.push(str(ctx.body.repo) ?? "", obj(ctx.body.files) as Record<string, string>, str(ctx.body.message), { branch: str(ctx.body.branch), pusher: str(ctx.body.pusher) }))),
    route("POST", "/_sim/runs/advance", async (ctx) => {
      const to = ctx.body.to === "in_progress" ? "in_progress" : "completed";
      await control.advanceRun(str(ctx.body.repo) ?? "", Number(ctx.body.runId), to, ctx.body.conclusion === "failure" ? "failure" : "success");
      return ok();
    }),
    route("POST", "/_sim/deployments/status", async (ctx) =>
      ok(await control.createDeploymentStatus(str(ctx.body.repo) ?? "", Number(ctx.body.deploymentId), str(ctx.body.state) ?? "success", { description: str(ctx.body.description), targetUrl: str(ctx.body.targetUrl), environmentUrl: str(ctx.body.environmentUrl) })),
    ),
    route("POST", "/_sim/webhook", (ctx) => {
      control.setWebhookTarget(str(ctx.body.url) ?? null, str(ctx.body.secret) ?? "");
      return ok();
    }),
    route("POST", "/_sim/fail", (ctx) => {
      control.fail(new RegExp(str(ctx.body.pattern) ?? "^$"), Number(ctx.body.status) || 500, Number(ctx.body.times) || 1);
      return ok();
    }),
    route("POST", "/_sim/rate-limit", (ctx) => {
      control.exhaustRateLimit(Number(ctx.body.resetInSeconds) || 60);
      return ok();
    }),
    route("POST", "/_sim/tokens/expire", () => {
      control.expireInstallationTokens();
      return ok();
    }),
    route("POST", "/_sim/reset", () => {
      control.reset();
      return ok();
    }),
    route("GET", "/_sim/deliveries", () => ok(control.deliveries())),
    route("GET", "/_sim/dispatches", () => ok(control.dispatches())),
    route("GET", "/_sim/runs/{owner}/{repo}", (ctx) => ok(control.runs(`${ctx.params.owner}/${ctx.params.repo}`))),
    // Job logs behind the signed URL that GET .../actions/jobs/{id}/logs redirects to.
    route("GET", "/_sim/logs/{job_id}", (ctx) => {
      const sim = getSim();
      const j = sim.state.jobs.find((x) => x.id === Number(ctx.params.job_id));
      if (!j || ctx.query.get("sig") !== logSignature(sim, j.id)) throw new HttpError(404, "Not Found");
      return { status: 200, text: j.log };
    }),
    // download_url of the contents API (GitHub's raw.githubusercontent.com).
    route("GET", "/_sim/raw/{owner}/{repo}/{ref}/{path+}", async (ctx) => {
      const repo = getSim().state.repo(`${ctx.params.owner}/${ctx.params.repo}`);
      const commit = repo && ((await resolveCommit(repo.dir, `refs/heads/${ctx.params.ref}`)) ?? (await resolveCommit(repo.dir, ctx.params.ref ?? "")));
      const blob = repo && commit ? await resolveObject(repo.dir, `${commit}:${ctx.params.path}`) : null;
      if (!repo || blob?.type !== "blob") return { status: 404, text: "404: Not Found" };
      return { status: 200, text: (await readBlob(repo.dir, blob.sha)).toString("utf8") };
    }),
  ];
}
