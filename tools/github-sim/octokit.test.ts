// The simulator through the real client stack the portal uses: @octokit/rest with the retry and
// throttling plugins and GitHub App auth, so auth, pagination, retries and rate limits behave
// as the facade will see them on GitHub.
import { createAppAuth } from "@octokit/auth-app";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGithubSim, type SimHandle } from "./index.ts";

const Client = Octokit.plugin(retry, throttling);
let sim: SimHandle;
const rateLimited: number[] = [];
const client = (auth: unknown) =>
  new Client({
    baseUrl: sim.url,
    auth,
    retry: { retryAfterBaseValue: 1 },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    throttle: {
      onRateLimit: (retryAfter: number) => {
        rateLimited.push(retryAfter);
        return rateLimited.length < 2;
      },
      onSecondaryRateLimit: () => false,
    },
  });

beforeAll(async () => {
  sim = await startGithubSim();
});
afterAll(() => sim?.stop());

describe("octokit against the simulator", () => {
  it("paginates by Link header", async () => {
    const repos = await client(sim.tokens.admin).paginate("GET /orgs/{org}/repos", { org: "acme", per_page: 2 });
    expect(repos.map((r) => r.name).sort()).toEqual(["design-system", "infra-live", "ledger-worker", "payments-api", "platform-templates", "web-storefront"]);
  });

  it("retries a 502 and succeeds", async () => {
    sim.control.fail(/^\/repos\/acme\/payments-api$/, 502, 2);
    const { data } = await client(sim.tokens.admin).rest.repos.get({ owner: "acme", repo: "payments-api" });
    expect(data.full_name).toBe("acme/payments-api");
  });

  it("hands an exhausted rate limit to the throttling plugin with the reset time", async () => {
    sim.control.exhaustRateLimit(30);
    // onRateLimit declines the second wait, so the request fails fast instead of sleeping 30 s.
    rateLimited.push(0);
    await expect(client(sim.tokens.admin).rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    expect(rateLimited.at(-1)).toBeGreaterThanOrEqual(30);
    expect(rateLimited.at(-1)).toBeLessThanOrEqual(32);
    sim.control.exhaustRateLimit(0); // lifts it
    const { data } = await client(sim.tokens.admin).rest.users.getAuthenticated();
    expect(data.login).toBe("alice");
  });

  it("authenticates as the app installation, and an expired token gets 401 Bad credentials", async () => {
    const installationId = sim.app.installations[0]?.id ?? 0;
    // authStrategy makes auth-app use the simulator's baseUrl for the token exchange.
    const asInstallation = new Octokit({ baseUrl: sim.url, authStrategy: createAppAuth, auth: { appId: sim.app.id, privateKey: sim.app.privateKey, installationId } });
    const { token, expiresAt } = (await asInstallation.auth({ type: "installation" })) as { token: string; expiresAt: string };
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    const { data } = await client(token).rest.apps.listReposAccessibleToInstallation();
    expect(data.total_count).toBe(6);
    sim.control.expireInstallationTokens();
    await expect(client(token).rest.repos.get({ owner: "acme", repo: "payments-api" })).rejects.toMatchObject({ status: 401, response: { data: { message: "Bad credentials" } } });
  });

  it("rejects a JWT signed with another key", async () => {
    const { generateKeyPairSync } = await import("node:crypto");
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const { token } = await createAppAuth({ appId: sim.app.id, privateKey: other })({ type: "app" });
    await expect(client(undefined).request("GET /app", { headers: { authorization: `Bearer ${token}` } })).rejects.toMatchObject({ status: 401 });
  });

  it("sends scopes back and hides a private repository from a token without `repo`", async () => {
    const res = await client(sim.tokens.admin).rest.repos.get({ owner: "acme", repo: "payments-api" });
    expect(res.headers["x-oauth-scopes"]).toContain("repo");
    await expect(client(sim.tokens.readOnly).rest.repos.get({ owner: "acme", repo: "payments-api" })).rejects.toMatchObject({ status: 404 });
    const pub = await client(sim.tokens.readOnly).rest.repos.get({ owner: "acme", repo: "design-system" });
    expect(pub.data.private).toBe(false);
  });
});
