// Pull requests, branch protection, releases, deployments and security alerts.
import { repoAccess, viewerLogin } from "../access.ts";
import { resolveCommit, updateRef } from "../git.ts";
import { HttpError, iso, nodeId, paginate, route, str, validationFailed, type Ctx, type Route } from "../http.ts";
import { announceRefUpdate, ZERO_SHA } from "../push.ts";
import { deployment, deploymentStatus } from "../serialize-actions.ts";
import { codeScanningAlert, dependabotAlert, release } from "../serialize-git.ts";
import { repository, simpleUser, team } from "../serialize.ts";
import type { Pull, Repo } from "../state.ts";
import { deploymentPayload, deploymentStatusPayload, sendWebhook } from "../webhooks.ts";

const full = (r: Repo) => `${r.owner}/${r.name}`;

async function pullJson(ctx: Ctx, repo: Repo, p: Pull) {
  const u = `${ctx.sim.base}/repos/${full(repo)}`;
  const h = `${ctx.sim.base}/${full(repo)}/pull/${p.number}`;
  const user = simpleUser(ctx.sim, ctx.sim.state.userOrGhost(p.user));
  const side = async (ref: string) => ({ label: `${repo.owner}:${ref}`, ref, sha: (await resolveCommit(repo.dir, `refs/heads/${ref}`)) ?? ZERO_SHA, user: simpleUser(ctx.sim, ctx.sim.state.userOrGhost(repo.owner)), repo: repository(ctx.sim, repo) });
  const link = (href: string) => ({ href });
  return {
    url: `${u}/pulls/${p.number}`,
    id: p.id,
    node_id: nodeId("PullRequest", p.id),
    html_url: h,
    diff_url: `${h}.diff`,
    patch_url: `${h}.patch`,
    issue_url: `${u}/issues/${p.number}`,
    commits_url: `${u}/pulls/${p.number}/commits`,
    review_comments_url: `${u}/pulls/${p.number}/comments`,
    review_comment_url: `${u}/pulls/comments{/number}`,
    comments_url: `${u}/issues/${p.number}/comments`,
    statuses_url: `${u}/statuses/${(await side(p.head)).sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user,
    body: p.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: iso(p.createdAt),
    updated_at: iso(p.createdAt),
    closed_at: p.state === "closed" ? iso(p.createdAt) : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: await side(p.head),
    base: await side(p.base),
    _links: { self: link(`${u}/pulls/${p.number}`), html: link(h), issue: link(`${u}/issues/${p.number}`), comments: link(`${u}/issues/${p.number}/comments`), review_comments: link(`${u}/pulls/${p.number}/comments`), review_comment: link(`${u}/pulls/comments{/number}`), commits: link(`${u}/pulls/${p.number}/commits`), statuses: link(`${u}/statuses/${p.head}`) },
    author_association: "MEMBER",
    auto_merge: null,
    draft: false,
  };
}

// GitHub echoes protection settings back with `url`s and `enabled` wrappers.
function protectionJson(ctx: Ctx, repo: Repo, branch: string, p: Record<string, unknown>) {
  const u = `${ctx.sim.base}/repos/${full(repo)}/branches/${branch}/protection`;
  const checks = p.required_status_checks as { strict?: boolean; contexts?: string[] } | null;
  const reviews = p.required_pull_request_reviews as Record<string, unknown> | null;
  const flag = (key: string) => ({ enabled: p[key] === true });
  const people = (who: unknown, base: string) => {
    const w = (who ?? {}) as { users?: string[]; teams?: string[] };
    const users = (w.users ?? []).map((login) => simpleUser(ctx.sim, ctx.sim.state.userOrGhost(login)));
    const teams = ctx.sim.state.teams.filter((t) => t.org === repo.owner && (w.teams ?? []).includes(t.slug)).map((t) => team(ctx.sim, t));
    return { url: base, users_url: `${base}/users`, teams_url: `${base}/teams`, apps_url: `${base}/apps`, users, teams, apps: [] };
  };
  const dismissal = reviews?.dismissal_restrictions ? people(reviews.dismissal_restrictions, `${u}/dismissal_restrictions`) : null;
  return {
    url: u,
    ...(checks ? { required_status_checks: { url: `${u}/required_status_checks`, strict: checks.strict === true, contexts: checks.contexts ?? [], contexts_url: `${u}/required_status_checks/contexts`, checks: (checks.contexts ?? []).map((context) => ({ context, app_id: null })) } } : {}),
    ...(reviews
      ? { required_pull_request_reviews: { url: `${u}/required_pull_request_reviews`, dismiss_stale_reviews: reviews.dismiss_stale_reviews === true, require_code_owner_reviews: reviews.require_code_owner_reviews === true, required_approving_review_count: Number(reviews.required_approving_review_count ?? 1), require_last_push_approval: false, ...(dismissal ? { dismissal_restrictions: dismissal } : {}) } }
      : {}),
    ...(p.restrictions ? { restrictions: people(p.restrictions, `${u}/restrictions`) } : {}),
    required_signatures: { url: `${u}/required_signatures`, enabled: false },
    enforce_admins: { url: `${u}/enforce_admins`, enabled: p.enforce_admins === true },
    required_linear_history: flag("required_linear_history"),
    allow_force_pushes: flag("allow_force_pushes"),
    allow_deletions: flag("allow_deletions"),
    block_creations: flag("block_creations"),
    required_conversation_resolution: flag("required_conversation_resolution"),
    lock_branch: flag("lock_branch"),
    allow_fork_syncing: flag("allow_fork_syncing"),
  };
}

async function branchOr404(repo: Repo, branch: string) {
  if (!(await resolveCommit(repo.dir, `refs/heads/${branch}`))) throw new HttpError(404, "Branch not found", { documentation_url: "https://docs.github.com/rest/branches/branch-protection" });
}

function deploymentOf(ctx: Ctx) {
  const repo = repoAccess(ctx);
  const d = ctx.sim.state.deployments.find((x) => x.id === Number(ctx.params.deployment_id) && x.repo === full(repo));
  if (!d) throw new HttpError(404, "Not Found");
  return { repo, d };
}

export const repoExtraRoutes: Route[] = [
  // GET /repos/{owner}/{repo}/pulls - state=open|closed|all, head, base
  route("GET", "/repos/{owner}/{repo}/pulls", async (ctx) => {
    const repo = repoAccess(ctx);
    const state = ctx.query.get("state") ?? "open";
    const base = ctx.query.get("base");
    const head = ctx.query.get("head")?.split(":").pop();
    const all = ctx.sim.state.pulls.filter((p) => p.repo === full(repo) && (state === "all" || p.state === state) && (!base || p.base === base) && (!head || p.head === head));
    const page = paginate(ctx, all.sort((a, b) => b.number - a.number));
    return { status: 200, body: await Promise.all(page.items.map((p) => pullJson(ctx, repo, p))), headers: page.headers };
  }),

  // GET/PUT/DELETE /repos/{owner}/{repo}/branches/{branch}/protection
  route("GET", "/repos/{owner}/{repo}/branches/{branch}/protection", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    await branchOr404(repo, ctx.params.branch ?? "");
    const p = repo.protections.get(ctx.params.branch ?? "");
    if (!p) throw new HttpError(404, "Branch not protected", { documentation_url: "https://docs.github.com/rest/branches/branch-protection#get-branch-protection" });
    return { status: 200, body: { ...protectionJson(ctx, repo, ctx.params.branch ?? "", p), enabled: true, name: ctx.params.branch, protection_url: `${ctx.sim.base}/repos/${full(repo)}/branches/${ctx.params.branch}/protection` } };
  }),
  route("PUT", "/repos/{owner}/{repo}/branches/{branch}/protection", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    await branchOr404(repo, ctx.params.branch ?? "");
    for (const key of ["required_status_checks", "enforce_admins", "required_pull_request_reviews", "restrictions"])
      if (!(key in ctx.body)) throw new HttpError(422, `Invalid request.\n\n"${key}" wasn't supplied.`, { documentation_url: "https://docs.github.com/rest/branches/branch-protection#update-branch-protection" });
    repo.protections.set(ctx.params.branch ?? "", ctx.body);
    return { status: 200, body: protectionJson(ctx, repo, ctx.params.branch ?? "", ctx.body) };
  }),
  route("DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection", (ctx) => {
    const repo = repoAccess(ctx, "write");
    if (!repo.protections.delete(ctx.params.branch ?? "")) throw new HttpError(404, "Branch not protected");
    return { status: 204 };
  }),

  // POST /repos/{owner}/{repo}/releases - creates the tag at target_commitish when missing
  route("POST", "/repos/{owner}/{repo}/releases", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const tagName = str(ctx.body.tag_name);
    if (!tagName) throw validationFailed([{ resource: "Release", code: "missing_field", field: "tag_name" }]);
    if (ctx.sim.state.releases.some((r) => r.repo === full(repo) && r.tagName === tagName)) throw validationFailed([{ resource: "Release", code: "already_exists", field: "tag_name" }]);
    const target = str(ctx.body.target_commitish) ?? repo.defaultBranch;
    if (!(await resolveCommit(repo.dir, `refs/tags/${tagName}`))) {
      const sha = (await resolveCommit(repo.dir, `refs/heads/${target}`)) ?? (await resolveCommit(repo.dir, target));
      if (!sha) throw validationFailed([{ resource: "Release", code: "invalid", field: "target_commitish" }]);
      await updateRef(repo.dir, `refs/tags/${tagName}`, sha);
      await announceRefUpdate(ctx.sim, repo, `refs/tags/${tagName}`, ZERO_SHA, sha, viewerLogin(ctx));
    }
    const r = { id: ctx.sim.state.id(), repo: full(repo), tagName, target, name: str(ctx.body.name) ?? tagName, body: str(ctx.body.body) ?? null, draft: ctx.body.draft === true, prerelease: ctx.body.prerelease === true, author: viewerLogin(ctx), createdAt: new Date() };
    ctx.sim.state.releases.push(r);
    return { status: 201, body: release(ctx.sim, repo, r) };
  }),

  // POST/GET /repos/{owner}/{repo}/deployments
  route("POST", "/repos/{owner}/{repo}/deployments", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const ref = str(ctx.body.ref) ?? "";
    const sha = (await resolveCommit(repo.dir, `refs/heads/${ref}`)) ?? (await resolveCommit(repo.dir, `refs/tags/${ref}`)) ?? (await resolveCommit(repo.dir, ref));
    if (!sha) throw validationFailed([], `No ref found for: ${ref}`);
    const environment = str(ctx.body.environment) ?? "production";
    const now = new Date();
    const d = { id: ctx.sim.state.id(), repo: full(repo), sha, ref, task: str(ctx.body.task) ?? "deploy", environment, description: str(ctx.body.description) ?? null, payload: ctx.body.payload ?? {}, creator: viewerLogin(ctx), createdAt: now, updatedAt: now, production: ctx.body.production_environment === true || environment === "production", transient: ctx.body.transient_environment === true };
    ctx.sim.state.deployments.push(d);
    await sendWebhook(ctx.sim, "deployment", deploymentPayload(ctx.sim, d, repo));
    return { status: 201, body: deployment(ctx.sim, d) };
  }),
  route("GET", "/repos/{owner}/{repo}/deployments", (ctx) => {
    const repo = repoAccess(ctx);
    const q = Object.fromEntries(ctx.query) as Record<string, string | undefined>;
    const all = ctx.sim.state.deployments.filter((d) => d.repo === full(repo) && (!q.environment || d.environment === q.environment) && (!q.ref || d.ref === q.ref) && (!q.sha || d.sha === q.sha) && (!q.task || d.task === q.task)).sort((a, b) => b.id - a.id);
    const page = paginate(ctx, all);
    return { status: 200, body: page.items.map((d) => deployment(ctx.sim, d)), headers: page.headers };
  }),

  // POST/GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses
  route("POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", async (ctx) => {
    repoAccess(ctx, "write");
    const { repo, d } = deploymentOf(ctx);
    const state = str(ctx.body.state) ?? "";
    if (!["error", "failure", "inactive", "pending", "success", "queued", "in_progress"].includes(state)) throw validationFailed([{ resource: "DeploymentStatus", code: "invalid", field: "state" }]);
    const s = await createDeploymentStatus(ctx, repo, d.id, state, { description: str(ctx.body.description), targetUrl: str(ctx.body.target_url) ?? str(ctx.body.log_url), environmentUrl: str(ctx.body.environment_url) });
    return { status: 201, body: deploymentStatus(ctx.sim, s, d) };
  }),
  route("GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (ctx) => {
    const { d } = deploymentOf(ctx);
    const page = paginate(ctx, ctx.sim.state.deploymentStatuses.filter((s) => s.deploymentId === d.id).sort((a, b) => b.id - a.id));
    return { status: 200, body: page.items.map((s) => deploymentStatus(ctx.sim, s, d)), headers: page.headers };
  }),

  // GET /repos/{owner}/{repo}/code-scanning/alerts and /dependabot/alerts - state filter
  route("GET", "/repos/{owner}/{repo}/code-scanning/alerts", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const sha = (await resolveCommit(repo.dir, `refs/heads/${repo.defaultBranch}`)) ?? ZERO_SHA;
    const page = paginate(ctx, alertsOf(ctx, repo, "code-scanning"));
    return { status: 200, body: page.items.map((a) => codeScanningAlert(ctx.sim, repo, a, sha, repo.defaultBranch)), headers: page.headers };
  }),
  route("GET", "/repos/{owner}/{repo}/dependabot/alerts", (ctx) => {
    const repo = repoAccess(ctx, "write");
    const page = paginate(ctx, alertsOf(ctx, repo, "dependabot"));
    return { status: 200, body: page.items.map((a) => dependabotAlert(ctx.sim, repo, a)), headers: page.headers };
  }),
];

function alertsOf(ctx: Ctx, repo: Repo, kind: "code-scanning" | "dependabot") {
  const states = ctx.query.get("state")?.split(",");
  const severity = ctx.query.get("severity")?.split(",");
  return ctx.sim.state.alerts.filter((a) => a.repo === full(repo) && a.kind === kind && (!states || states.includes(a.state)) && (!severity || severity.includes(a.severity))).sort((a, b) => b.number - a.number);
}

// Shared with the control API, which sets deployment statuses on behalf of a "deployer".
export async function createDeploymentStatus(ctx: Pick<Ctx, "sim"> & Partial<Ctx>, repo: Repo, deploymentId: number, state: string, opts: { description?: string; targetUrl?: string; environmentUrl?: string; creator?: string } = {}) {
  const d = ctx.sim.state.deployments.find((x) => x.id === deploymentId && x.repo === full(repo));
  if (!d) throw new HttpError(404, "Not Found");
  const creator = opts.creator ?? (ctx.auth ? viewerLogin(ctx as Ctx) : ctx.sim.state.viewer);
  const s = { id: ctx.sim.state.id(), deploymentId: d.id, state, description: opts.description ?? "", targetUrl: opts.targetUrl ?? "", environmentUrl: opts.environmentUrl ?? "", logUrl: opts.targetUrl ?? "", creator, createdAt: new Date() };
  ctx.sim.state.deploymentStatuses.push(s);
  d.updatedAt = s.createdAt;
  await sendWebhook(ctx.sim, "deployment_status", deploymentStatusPayload(ctx.sim, s, d, repo));
  return s;
}
