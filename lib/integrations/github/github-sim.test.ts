// The GitHub client and facade against the project's GitHub simulator over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGithubSim, type SimHandle } from "../../../tools/github-sim/index";
import { db } from "../../db/client";
import { createActor, unique } from "../../test/fixtures";
import { createIntegration } from "../create-integration";
import { testIntegration } from "../test-integration";
import { checkGithub } from "./check";
import { githubFor } from "./connect";
import type { GithubConnection } from "./config";
import { connectGithub } from "./facade";
import { installationToken, installationTokens } from "./installation-token";

let sim: SimHandle;
const fast = { retries: 3, retryBaseMs: 5, maxRateLimitWaitSeconds: 0 };
const tokenConn = (token = sim.tokens.admin): GithubConnection => ({ config: { baseUrl: sim.url, auth: "token", org: "acme" }, secrets: { token } });
const appConn = (): GithubConnection => ({ config: { baseUrl: sim.url, auth: "app", appId: sim.app.id, org: "acme" }, secrets: { privateKey: sim.app.privateKey } });

beforeAll(async () => {
  sim = await startGithubSim();
});
afterAll(() => sim?.stop());
beforeEach(() => {
  sim.control.reset();
  installationTokens.clear();
});

describe("GitHub against the simulator", () => {
  it("connects with a token: who, how many repositories, the rate limit", async () => {
    const result = await checkGithub(tokenConn(), fast);
    expect(result.connectedAs).toBe("alice");
    expect(result.repositoryCount).toBeGreaterThan(1);
    expect(result.rateLimit).toMatchObject({ limit: 5000, remaining: expect.any(Number) });
  });

  it("connects as a GitHub App by organisation, minting an installation token once and reusing it until near expiry", async () => {
    const result = await checkGithub(appConn(), fast);
    expect(result.connectedAs).toBe(`GitHub App ${sim.app.slug}`);
    const github = connectGithub(appConn(), fast);
    expect((await github.listOrgRepos("acme")).length).toBe(result.repositoryCount);
    await github.getRepo({ owner: "acme", repo: "payments-api" });
    expect(installationTokens.mints).toBe(1);
    // Five minutes before the hour is up, the next call mints a fresh one.
    await installationToken(appConn(), Date.now() + 56 * 60_000);
    expect(installationTokens.mints).toBe(2);
  });

  it("mints a new installation token when GitHub stops accepting the cached one", async () => {
    const github = connectGithub(appConn(), fast);
    await github.getRepo({ owner: "acme", repo: "payments-api" });
    sim.control.expireInstallationTokens();
    await expect(github.getRepo({ owner: "acme", repo: "payments-api" })).resolves.toMatchObject({ fullName: "acme/payments-api" });
    expect(installationTokens.mints).toBe(2);
  });

  it("lists an organisation's repositories across pages", async () => {
    const github = connectGithub(tokenConn(), fast);
    const all = await github.listOrgRepos("acme");
    const paged = await github.listOrgRepos("acme", 2);
    expect(all.length).toBeGreaterThan(2);
    expect(paged.map((r) => r.fullName).sort()).toEqual(all.map((r) => r.fullName).sort());
  });

  it("pushes several files as one commit and reads them back", async () => {
    const github = connectGithub(tokenConn(), fast);
    const ref = { owner: "acme", repo: "ledger-worker" };
    const repo = await github.getRepo(ref);
    const name = unique("doc");
    const { sha } = await github.pushFiles(ref, {
      branch: repo.defaultBranch,
      message: "Add docs",
      files: [{ path: `docs/${name}.md`, content: "# Hello\n" }, { path: `catalog/${name}.yaml`, content: "kind: Component\n" }],
    });
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect((await github.readFile({ ...ref, path: `docs/${name}.md` })).content).toBe("# Hello\n");
    expect((await github.readFile({ ...ref, path: `catalog/${name}.yaml`, ref: sha })).content).toBe("kind: Component\n");
  });

  it("says bad credentials, not found, rate limited and GitHub failing in plain words", async () => {
    await expect(checkGithub(tokenConn("ghp_revoked-or-wrong"), fast)).rejects.toMatchObject({ message: "GitHub rejected the credentials (bad or revoked token)" });
    const github = connectGithub(tokenConn(), fast);
    await expect(github.getRepo({ owner: "acme", repo: "nope" })).rejects.toMatchObject({ code: "not_found", message: expect.stringContaining("acme/nope") });

    sim.control.fail(/\/repos\/acme\/payments-api$/, 502, 2);
    await expect(github.getRepo({ owner: "acme", repo: "payments-api" })).resolves.toMatchObject({ name: "payments-api" });
    sim.control.fail(/\/repos\/acme\/payments-api$/, 503, 4); // the first try and three retries
    await expect(github.getRepo({ owner: "acme", repo: "payments-api" })).rejects.toMatchObject({ code: "unavailable", message: "GitHub is failing (503); retried 3 times" });

    sim.control.exhaustRateLimit(600);
    await expect(github.getRepo({ owner: "acme", repo: "payments-api" })).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/rate limited until \d\d:\d\d UTC/) });
  });

  it("names a missing token scope", async () => {
    const github = connectGithub(tokenConn(sim.tokens.readOnly), fast);
    const push = github.pushFiles({ owner: "acme", repo: "design-system" }, { branch: "main", message: "x", files: [{ path: "x.txt", content: "x" }] });
    await expect(push).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("missing the token scope repo or public_repo") });
  });

  it("saves a test's outcome and rate limit on the integration", async () => {
    const admin = await createActor("admin");
    const ok = await createIntegration(admin, { auth: "token", name: unique("sim"), token: sim.tokens.admin, baseUrl: sim.url, org: "acme" });
    const result = await testIntegration(admin, ok.id, fast);
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Connected as alice, can see \d+ repositories, rate limit \d+\/5000, resets at/) });
    expect(await db.integration.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ status: "success", rateLimit: expect.objectContaining({ limit: 5000 }) });

    // The stored connection's facade records the rate limit GitHub reports on the row.
    await db.integration.update({ where: { id: ok.id }, data: { rateLimit: { limit: 0 } } });
    await (await githubFor(ok.id, fast)).getRepo({ owner: "acme", repo: "payments-api" });
    await expect.poll(async () => (await db.integration.findUniqueOrThrow({ where: { id: ok.id } })).rateLimit).toMatchObject({ limit: 5000 });

    const bad = await createIntegration(admin, { auth: "app", name: unique("sim"), appId: sim.app.id, privateKey: sim.app.privateKey, baseUrl: sim.url, installationId: 999999 });
    const failed = await testIntegration(admin, bad.id, fast);
    expect(failed).toMatchObject({ ok: false, message: expect.stringContaining("installation 999999") });
    expect(await db.integration.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: "failure" });
  });
});
