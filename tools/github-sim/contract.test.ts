// Contract: every response the simulator gives for the endpoints the GitHub facade uses is valid
// against GitHub's OpenAPI description (@octokit/openapi), including error answers.
import { createAppAuth } from "@octokit/auth-app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGithubSim, type SimHandle } from "./index.ts";
import { contractErrors, loadSpec } from "./openapi.ts";
import { call, get, type SimResponse } from "./test-client.ts";

let sim: SimHandle;
let admin: (method: string, path: string, body?: unknown) => Promise<SimResponse>;

beforeAll(async () => {
  loadSpec();
  sim = await startGithubSim();
  admin = (method, path, body) => call(sim.url, method, path, { token: sim.tokens.admin, body });
});
afterAll(() => sim?.stop());

// Asserts status and a schema-valid body, and returns the body for further checks.
function valid<T = Record<string, unknown>>(method: string, template: string, res: SimResponse, status: number): T {
  expect({ status: res.status, errors: contractErrors(method, template, res.status, res.body) }).toEqual({ status, errors: [] });
  return res.body as T;
}

const R = "/repos/{owner}/{repo}";

describe("contract: meta, orgs, teams", () => {
  it("root, user, rate limit, organization", async () => {
    valid("get", "/", await admin("GET", "/"), 200);
    valid("get", "/user", await admin("GET", "/user"), 200);
    valid("get", "/rate_limit", await admin("GET", "/rate_limit"), 200);
    valid("get", "/orgs/{org}", await admin("GET", "/orgs/acme"), 200);
  });

  it("org repositories, paginated with a Link header", async () => {
    const res = await admin("GET", "/orgs/acme/repos?per_page=2");
    expect(valid<unknown[]>("get", "/orgs/{org}/repos", res, 200)).toHaveLength(2);
    expect(res.headers.get("link")).toMatch(/page=2>; rel="next", <[^>]*page=3>; rel="last"/);
    const last = await admin("GET", "/orgs/acme/repos?per_page=2&page=3");
    expect(last.headers.get("link")).toMatch(/rel="prev".*rel="first"/);
  });

  it("the authenticated user's repositories (a token connection without an organisation)", async () => {
    const repos = valid<{ full_name: string }[]>("get", "/user/repos", await admin("GET", "/user/repos?per_page=100"), 200);
    expect(repos.length).toBeGreaterThan(0);
    expect(repos.every((r) => r.full_name.startsWith("acme/"))).toBe(true);
  });

  it("teams, members, granting a team a repository", async () => {
    const teams = valid<{ slug: string }[]>("get", "/orgs/{org}/teams", await admin("GET", "/orgs/acme/teams"), 200);
    expect(teams.map((t) => t.slug)).toContain("payments");
    valid("get", "/orgs/{org}/teams/{team_slug}/members", await admin("GET", "/orgs/acme/teams/payments/members"), 200);
    valid("put", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", await admin("PUT", "/orgs/acme/teams/payments/repos/acme/infra-live", { permission: "push" }), 204);
  });
});

describe("contract: GitHub App", () => {
  it("app, installations, installation token, installation repositories", async () => {
    const auth = createAppAuth({ appId: sim.app.id, privateKey: sim.app.privateKey });
    const { token: jwt } = await auth({ type: "app" });
    const asApp = (m: string, p: string) => call(sim.url, m, p, { headers: { authorization: `Bearer ${jwt}` } });
    valid("get", "/app", await asApp("GET", "/app"), 200);
    valid("get", "/app/installations", await asApp("GET", "/app/installations"), 200);
    valid("get", "/orgs/{org}/installation", await asApp("GET", "/orgs/acme/installation"), 200);
    const minted = valid<{ token: string }>("post", "/app/installations/{installation_id}/access_tokens", await asApp("POST", `/app/installations/${sim.app.installations[0]?.id}/access_tokens`), 201);
    const repos = valid<{ total_count: number }>("get", "/installation/repositories", await call(sim.url, "GET", "/installation/repositories", { token: minted.token }), 200);
    expect(repos.total_count).toBeGreaterThanOrEqual(6);
  });
});

describe("contract: repositories and contents", () => {
  it("repository, topics, contents file and directory, errors", async () => {
    valid("get", R, await admin("GET", "/repos/acme/payments-api"), 200);
    valid("get", `${R}/topics`, await admin("GET", "/repos/acme/payments-api/topics"), 200);
    const file = valid<{ content: string }>("get", `${R}/contents/{path}`, await admin("GET", "/repos/acme/payments-api/contents/catalog-info.yaml?ref=main"), 200);
    expect(Buffer.from(file.content, "base64").toString()).toContain("kind: Component");
    valid("get", `${R}/contents/{path}`, await admin("GET", "/repos/acme/payments-api/contents/.github/workflows"), 200);
    valid("get", `${R}/contents/{path}`, await admin("GET", "/repos/acme/payments-api/contents/missing.txt"), 404);
    valid("get", R, await call(sim.url, "GET", "/repos/acme/payments-api", { token: sim.tokens.readOnly }), 404);
    valid("put", `${R}/topics`, await admin("PUT", "/repos/acme/payments-api/topics", { names: ["payments", "golden-path"] }), 200);
    valid("patch", R, await admin("PATCH", "/repos/acme/payments-api", { description: "Payments API" }), 200);
    valid("patch", R, await admin("PATCH", "/repos/acme/payments-api", { default_branch: "no-such-branch" }), 422);
  });

  it("create a repository, a duplicate, and one from a template", async () => {
    valid("post", "/orgs/{org}/repos", await admin("POST", "/orgs/acme/repos", { name: "contract-new", private: true, auto_init: true }), 201);
    valid("post", "/orgs/{org}/repos", await admin("POST", "/orgs/acme/repos", { name: "contract-new" }), 422);
    const generated = valid<{ full_name: string }>("post", "/repos/{template_owner}/{template_repo}/generate", await admin("POST", "/repos/acme/platform-templates/generate", { owner: "acme", name: "from-template", private: true }), 201);
    const copied = await admin("GET", `/repos/${generated.full_name}/contents/template.yaml`);
    expect(copied.status).toBe(200);
  });

  it("compare, pulls, releases, branch protection", async () => {
    const cmp = valid<{ status: string; ahead_by: number }>("get", `${R}/compare/{basehead}`, await admin("GET", "/repos/acme/payments-api/compare/main...feature/refunds"), 200);
    expect(cmp).toMatchObject({ status: "ahead", ahead_by: 1 });
    valid("get", `${R}/pulls`, await admin("GET", "/repos/acme/payments-api/pulls"), 200);
    valid("post", `${R}/releases`, await admin("POST", "/repos/acme/payments-api/releases", { tag_name: "v1.0.0", name: "1.0.0" }), 201);
    const protection = "/repos/acme/payments-api/branches/main/protection";
    valid("get", `${R}/branches/{branch}/protection`, await admin("GET", protection), 404);
    const body = { required_status_checks: { strict: true, contexts: ["ci/build"] }, enforce_admins: true, required_pull_request_reviews: { required_approving_review_count: 1 }, restrictions: null };
    valid("put", `${R}/branches/{branch}/protection`, await admin("PUT", protection, body), 200);
    valid("get", `${R}/branches/{branch}/protection`, await admin("GET", protection), 200);
  });

  it("security alerts", async () => {
    valid("get", `${R}/code-scanning/alerts`, await admin("GET", "/repos/acme/payments-api/code-scanning/alerts"), 200);
    valid("get", `${R}/dependabot/alerts`, await admin("GET", "/repos/acme/payments-api/dependabot/alerts"), 200);
  });
});

describe("contract: git data", () => {
  it("blob, tree, commit, refs, tag", async () => {
    const base = "/repos/acme/ledger-worker";
    const head = valid<{ object: { sha: string } }>("get", `${R}/git/ref/{ref}`, await admin("GET", `${base}/git/ref/heads/main`), 200);
    const parent = valid<{ tree: { sha: string } }>("get", `${R}/git/commits/{commit_sha}`, await admin("GET", `${base}/git/commits/${head.object.sha}`), 200);
    const blob = valid<{ sha: string }>("post", `${R}/git/blobs`, await admin("POST", `${base}/git/blobs`, { content: "hello", encoding: "utf-8" }), 201);
    const tree = valid<{ sha: string }>("post", `${R}/git/trees`, await admin("POST", `${base}/git/trees`, { base_tree: parent.tree.sha, tree: [{ path: "docs/hello.txt", mode: "100644", type: "blob", sha: blob.sha }] }), 201);
    const commit = valid<{ sha: string }>("post", `${R}/git/commits`, await admin("POST", `${base}/git/commits`, { message: "Add hello", tree: tree.sha, parents: [head.object.sha] }), 201);
    valid("post", `${R}/git/refs`, await admin("POST", `${base}/git/refs`, { ref: "refs/heads/topic", sha: head.object.sha }), 201);
    valid("patch", `${R}/git/refs/{ref}`, await admin("PATCH", `${base}/git/refs/heads/main`, { sha: commit.sha }), 200);
    valid("patch", `${R}/git/refs/{ref}`, await admin("PATCH", `${base}/git/refs/heads/main`, { sha: head.object.sha }), 422);
    valid("get", `${R}/git/matching-refs/{ref}`, await admin("GET", `${base}/git/matching-refs/heads/`), 200);
    const tag = valid<{ sha: string }>("post", `${R}/git/tags`, await admin("POST", `${base}/git/tags`, { tag: "v0.1.0", message: "first", object: commit.sha, type: "commit" }), 201);
    valid("post", `${R}/git/refs`, await admin("POST", `${base}/git/refs`, { ref: "refs/tags/v0.1.0", sha: tag.sha }), 201);
    valid("delete", `${R}/git/refs/{ref}`, await admin("DELETE", `${base}/git/refs/heads/topic`), 204);
    const read = get<{ content: string }>(await admin("GET", `${base}/contents/docs/hello.txt`));
    expect(Buffer.from(read.content, "base64").toString()).toBe("hello");
  });
});

describe("contract: actions and deployments", () => {
  it("workflows, runs with filters, run, jobs, logs", async () => {
    const base = "/repos/acme/payments-api/actions";
    valid("get", `${R}/actions/workflows`, await admin("GET", `${base}/workflows`), 200);
    const failed = valid<{ workflow_runs: { id: number; conclusion: string }[] }>("get", `${R}/actions/runs`, await admin("GET", `${base}/runs?status=failure&branch=main&event=push`), 200);
    expect(failed.workflow_runs.map((r) => r.conclusion)).toEqual(["failure"]);
    const runId = failed.workflow_runs[0]?.id;
    valid("get", `${R}/actions/runs/{run_id}`, await admin("GET", `${base}/runs/${runId}`), 200);
    const jobs = valid<{ jobs: { id: number }[] }>("get", `${R}/actions/runs/{run_id}/jobs`, await admin("GET", `${base}/runs/${runId}/jobs`), 200);
    const logs = await admin("GET", `${base}/jobs/${jobs.jobs[0]?.id}/logs`);
    valid("get", `${R}/actions/jobs/{job_id}/logs`, logs, 302);
    const text = await fetch(logs.headers.get("location") ?? "").then((r) => r.text());
    expect(text).toMatch(/Job (build|lint) (success|failure)/);
  });

  it("rerun, rerun failed jobs, cancel, dispatch", async () => {
    const base = "/repos/acme/payments-api/actions";
    const runs = get<{ workflow_runs: { id: number; event: string; conclusion: string | null }[] }>(await admin("GET", `${base}/runs`)).workflow_runs;
    const failed = runs.find((r) => r.conclusion === "failure");
    const done = runs.find((r) => r.conclusion === "success" && r.event === "push");
    valid("post", `${R}/actions/runs/{run_id}/rerun-failed-jobs`, await admin("POST", `${base}/runs/${failed?.id}/rerun-failed-jobs`), 201);
    valid("post", `${R}/actions/runs/{run_id}/cancel`, await admin("POST", `${base}/runs/${failed?.id}/cancel`), 202);
    valid("post", `${R}/actions/runs/{run_id}/cancel`, await admin("POST", `${base}/runs/${failed?.id}/cancel`), 409);
    valid("post", `${R}/actions/runs/{run_id}/rerun`, await admin("POST", `${base}/runs/${done?.id}/rerun`), 201);
    valid("post", `${R}/actions/workflows/{workflow_id}/dispatches`, await admin("POST", `${base}/workflows/deploy.yml/dispatches`, { ref: "main", inputs: { environment: "staging" } }), 204);
    const queued = get<{ workflow_runs: { event: string }[] }>(await admin("GET", `${base}/runs?event=workflow_dispatch&status=queued`));
    expect(queued.workflow_runs).toHaveLength(1);
  });

  it("deployments and deployment statuses", async () => {
    const base = "/repos/acme/payments-api/deployments";
    const d = valid<{ id: number }>("post", `${R}/deployments`, await admin("POST", base, { ref: "main", environment: "staging", auto_merge: false, required_contexts: [] }), 201);
    valid("get", `${R}/deployments`, await admin("GET", `${base}?environment=staging`), 200);
    valid("post", `${R}/deployments/{deployment_id}/statuses`, await admin("POST", `${base}/${d.id}/statuses`, { state: "success", environment_url: "https://staging.acme.example" }), 201);
    valid("get", `${R}/deployments/{deployment_id}/statuses`, await admin("GET", `${base}/${d.id}/statuses`), 200);
  });
});

describe("contract: auth and limits", () => {
  it("bad credentials, missing authentication, rate limit exhausted", async () => {
    const bad = await call(sim.url, "GET", "/user", { token: "ghp_nope" });
    expect(valid<{ message: string }>("get", "/user", bad, 401).message).toBe("Bad credentials");
    valid("get", "/user", await call(sim.url, "GET", "/user"), 401);
    sim.control.exhaustRateLimit(30);
    const limited = await admin("GET", "/repos/acme/payments-api");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(valid<{ message: string }>("get", R, limited, 403).message).toMatch(/^API rate limit exceeded/);
    sim.control.exhaustRateLimit(0);
    expect((await admin("GET", "/repos/acme/payments-api")).status).toBe(200);
  });
});

describe("contract: the suite can fail", () => {
  it("reports a repository serializer that drops full_name and mistypes id", async () => {
    const broken = await startGithubSim({
      fixture: { orgs: [{ login: "acme" }], users: [{ login: "alice" }], repos: [{ owner: "acme", name: "one", files: { "README.md": "hi" } }] },
      serialize: (kind, value) => {
        if (kind !== "repository") return value;
        const { full_name: _dropped, ...rest } = value;
        return { ...rest, id: String(value.id) };
      },
    });
    try {
      const res = await call(broken.url, "GET", "/repos/acme/one", { token: broken.tokens.admin });
      expect(res.status).toBe(200);
      const errors = contractErrors("get", R, res.status, res.body);
      expect(errors.join("\n")).toMatch(/full_name/);
      expect(errors.join("\n")).toMatch(/^id: must be integer/m);
    } finally {
      await broken.stop();
    }
  });
});
