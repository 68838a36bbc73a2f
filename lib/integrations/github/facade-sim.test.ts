// Every facade method once against the GitHub simulator, so a wrong route, parameter or
// response mapping shows up here rather than in a later feature.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGithubSim, type SimHandle } from "../../../tools/github-sim/index";
import { unique } from "../../test/fixtures";
import { connectGithub, type Github } from "./facade";

let sim: SimHandle;
let github: Github;
const payments = { owner: "acme", repo: "payments-api" };

beforeAll(async () => {
  sim = await startGithubSim();
  github = connectGithub({ config: { baseUrl: sim.url, auth: "token", org: "acme" }, secrets: { token: sim.tokens.admin } }, { retryBaseMs: 5 });
});
afterAll(() => sim?.stop());

describe("the GitHub facade", () => {
  it("reads workflow runs and jobs, their logs, and re-runs, cancels and dispatches", async () => {
    const runs = await github.listWorkflowRuns(payments);
    expect(runs.length).toBeGreaterThanOrEqual(4);
    const done = runs.find((r) => r.conclusion === "failure")!;
    const jobs = await github.listRunJobs(payments, done.id);
    expect(jobs.map((j) => j.name).sort()).toEqual(["build", "lint"]);
    expect(await github.getJobLogs(payments, jobs[0]!.id)).toEqual(expect.any(String));
    await github.rerunWorkflowRun(payments, done.id, true);
    const queued = runs.find((r) => r.status === "queued")!;
    await github.cancelWorkflowRun(payments, queued.id);
    await github.dispatchWorkflow(payments, "deploy.yml", "main", { environment: "staging" });
    expect((await github.listWorkflowRuns(payments)).length).toBeGreaterThan(runs.length);
  });

  it("creates a repository, also from a template, protects its branch and grants a team", async () => {
    const plain = await github.createRepo({ org: "acme", name: unique("svc"), description: "new" });
    expect(plain).toMatchObject({ owner: "acme", isPrivate: true });
    const fromTemplate = await github.createRepo({ org: "acme", name: unique("tpl"), template: { owner: "acme", repo: "platform-templates" } });
    expect(fromTemplate.owner).toBe("acme");
    await github.setBranchProtection({ owner: "acme", repo: plain.name, branch: plain.defaultBranch }, { requiredChecks: ["build"], requiredApprovals: 1 });
    await github.setTeamAccess("acme", "payments", { owner: "acme", repo: plain.name }, "push");
  });

  it("tags, releases, compares and lists pull requests", async () => {
    const before = (await github.getRepo(payments)).defaultBranch;
    const { sha: base } = await sim.control.push("acme/payments-api", { "a.txt": "1" }, "one");
    const { sha: head } = await sim.control.push("acme/payments-api", { "a.txt": "2" }, "two");
    const comparison = await github.compareCommits(payments, base, head);
    expect(comparison).toMatchObject({ aheadBy: 1, commits: [expect.objectContaining({ sha: head, message: "two" })] });
    const tag = unique("v1");
    await github.createTag(payments, tag, head, "Release " + tag);
    const release = await github.createRelease(payments, { tagName: tag, name: tag, body: "notes", targetCommitish: before });
    expect(release).toMatchObject({ tagName: tag, draft: false });
    expect((await github.listPullRequests(payments)).map((p) => p.title)).toContain("Add refunds endpoint");
  });

  it("creates deployments and statuses, lists teams, members and alerts", async () => {
    const deployment = await github.createDeployment(payments, { gitRef: "main", environment: "staging", description: "e2e" });
    expect(await github.createDeploymentStatus(payments, deployment.id, { state: "success", environmentUrl: "https://staging.example" })).toMatchObject({ id: expect.any(Number) });
    expect((await github.listTeams("acme")).map((t) => t.slug)).toEqual(expect.arrayContaining(["platform", "payments"]));
    expect((await github.listTeamMembers("acme", "payments")).map((m) => m.login).sort()).toEqual(["alice", "bob"]);
    expect(await github.listDependabotAlerts(payments)).toEqual([expect.objectContaining({ severity: "high", summary: "Prototype pollution in lodash" })]);
    expect(await github.listCodeScanningAlerts(payments)).toEqual([expect.objectContaining({ summary: expect.stringContaining("rate limiting") })]);
    expect(github.rateLimit()).toMatchObject({ limit: 5000 });
  });
});
