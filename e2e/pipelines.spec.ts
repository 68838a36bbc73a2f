// Pipelines, deployments and DORA against the GitHub simulator: a developer watches a pushed
// run go queued → failed on the entity page without reloading, re-runs the failed job and sees
// it pass; a deployment reported through the API shows in the matrix and moves the DORA tiles;
// a viewer sees no re-run button and the API refuses them.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { startGithubSim, type SimHandle } from "../tools/github-sim/index";
import { apiToken, createUserViaCli, E2E_ADMIN_EMAIL, E2E_BASE_URL, signIn } from "./support";

const SECRET = "e2e-pipelines-webhook-secret-0123";
const CI = "name: CI\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n";
const stamp = Date.now().toString(36);
const repoName = `shop-${stamp}`;
const repo = `acme/${repoName}`;
const entityName = `shop-${stamp}`;
const team = `pipes-${stamp}`;
const developer = { email: `dev-${stamp}@e2e.test`, password: "developer-password-0123" };
const viewer = { email: `viewer-${stamp}@e2e.test`, password: "viewer-password-0123" };
let sim: SimHandle;
let admin: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  // CLI seeding first; the API calls below go out close together, each on a fresh connection:
  // with seconds of CLI and git work between them, a kept-alive socket may be the one the
  // server is closing (ECONNRESET).
  createUserViaCli(developer.email, "developer", developer.password);
  createUserViaCli(viewer.email, "viewer", viewer.password);
  sim = await startGithubSim();
  admin = apiToken(E2E_ADMIN_EMAIL, "write");
  const auth = { authorization: `Bearer ${admin}`, connection: "close" };
  const name = `gh-pipes-${stamp}`;
  const integration = await request.post("/api/v1/integrations", { headers: auth, data: { auth: "token", name, baseUrl: sim.url, org: "acme", token: sim.tokens.admin, webhookSecret: SECRET } });
  expect(integration.status()).toBe(201);
  sim.control.setWebhookTarget(`${E2E_BASE_URL}/api/webhooks/github?integration=${name}`, SECRET);
  const created = await fetch(`${sim.url}/orgs/acme/repos`, { method: "POST", headers: { authorization: `token ${sim.tokens.admin}`, "content-type": "application/json" }, body: JSON.stringify({ name: repoName }) });
  expect(created.status).toBe(201);
  await sim.control.push(repo, { ".github/workflows/ci.yml": CI }, "Add CI");
  for (const r of sim.control.runs(repo)) await sim.control.advanceRun(repo, r.id, "completed", "success");
  expect((await request.post("/api/v1/teams", { headers: auth, data: { slug: team, name: team } })).status()).toBe(201);
  expect((await request.post(`/api/v1/teams/${team}/members`, { headers: auth, data: { email: developer.email } })).status()).toBe(201);
  const entity = await request.post("/api/v1/entities", {
    headers: auth,
    data: { apiVersion: "backstage.io/v1alpha1", kind: "Component", metadata: { name: entityName, annotations: { "github.com/project-slug": repo } }, spec: { type: "service", lifecycle: "production", owner: team } },
  });
  expect(entity.status()).toBe(201);
});

test.afterAll(async () => {
  await sim?.stop();
});

// Webhook → job → row → page is about a second here, but in the full suite the one in-process
// worker may be busy with another spec's slow job (a catalog sync retrying a stopped simulator),
// so the live updates get a generous timeout; none of them reloads the page.
const LIVE = { timeout: 45_000 };

async function openCicd(page: Page, who: { email: string; password: string }) {
  await signIn(page, who.email, who.password);
  await page.goto(`/catalog/component/default/${entityName}?tab=cicd`);
  await expect(page.getByRole("table", { name: "Workflow runs" })).toBeVisible();
}

test("a developer watches a pushed run go queued → failed without reloading, re-runs the failed job and sees it pass", async ({ page }) => {
  test.setTimeout(180_000);
  await openCicd(page, developer);
  const firstRow = page.getByRole("table", { name: "Workflow runs" }).getByRole("row").nth(1);
  await sim.control.push(repo, { "src/cart.ts": "export const total = 1;\n" }, "Fix the cart total");
  const runId = sim.control.runs(repo)[0]!.id;
  await expect(firstRow).toContainText("Fix the cart total", LIVE);
  await expect(firstRow).toContainText("Queued", LIVE);
  await sim.control.advanceRun(repo, runId, "in_progress");
  await expect(firstRow).toContainText("In progress", LIVE);
  await sim.control.advanceRun(repo, runId, "completed", "failure");
  await expect(firstRow).toContainText("Failure", LIVE);

  await firstRow.getByRole("button", { name: /CI #\d+/ }).click();
  const detail = page.getByRole("region", { name: /Run CI #\d+/ });
  await expect(detail.getByRole("list", { name: "Jobs" })).toContainText("test");
  // The failed job's log, searched.
  await detail.getByRole("button", { name: "Log of test" }).click();
  await detail.getByRole("textbox", { name: "Search the log of test" }).fill("exit code");
  await expect(detail.getByText("1 matching line")).toBeVisible();
  await expect(detail.getByLabel("Log of test", { exact: true })).toContainText("Process completed with exit code 1.");

  await detail.getByRole("button", { name: "Re-run failed jobs" }).click();
  await expect(detail.getByText("Re-run requested: failed jobs")).toBeVisible();
  await expect(firstRow).toContainText("attempt 2", LIVE);
  await expect(firstRow).toContainText("Queued", LIVE);
  await sim.control.advanceRun(repo, runId, "completed", "success");
  await expect(firstRow).toContainText("Success", LIVE);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("a deployment reported through the API shows in the matrix and moves the DORA numbers", async ({ page, request }) => {
  const token = apiToken(developer.email, "write");
  await signIn(page, developer.email, developer.password);
  await page.goto(`/catalog/component/default/${entityName}?tab=deployments`);
  const frequency = page.getByRole("region", { name: "Deployment frequency" });
  await expect(frequency).toContainText("0 successful production deployments");
  const headers = { authorization: `Bearer ${token}` };
  const before = await (await request.get(`/api/v1/metrics/dora?entity=component:default/${entityName}`, { headers })).json();
  expect(before.deploymentFrequency.count).toBe(0);

  const unknown = await request.post("/api/v1/deployments", { headers, data: { id: `dep-${stamp}-x`, entity: `component:default/${entityName}`, environment: "moon", status: "succeeded" } });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error.message).toContain("unknown environment 'moon'");
  for (const [env, version] of [["production", "1.4.0"], ["staging", "1.5.0"]] as const) {
    const res = await request.post("/api/v1/deployments", { headers, data: { id: `dep-${stamp}-${env}`, entity: `component:default/${entityName}`, environment: env, version, status: "succeeded" } });
    expect(res.status()).toBe(201);
  }
  const after = await (await request.get(`/api/v1/metrics/dora?entity=component:default/${entityName}`, { headers })).json();
  expect(after.deploymentFrequency.count).toBe(1);

  await page.goto(`/deployments?q=${entityName}`);
  const row = page.getByRole("table", { name: "Deployment matrix" }).getByRole("row").filter({ hasText: entityName });
  await expect(row).toContainText("1.4.0");
  await expect(row).toContainText("1.5.0");
  await expect(row).toContainText("staging ≠ production");

  await page.goto(`/catalog/component/default/${entityName}?tab=deployments`);
  await expect(frequency).toContainText("1 successful production deployment");
  await expect(page.getByRole("table", { name: "History of production" })).toContainText("1.4.0");
});

test("a viewer sees the runs but no re-run, and the API refuses them", async ({ page, request }) => {
  await openCicd(page, viewer);
  const firstRow = page.getByRole("table", { name: "Workflow runs" }).getByRole("row").nth(1);
  await firstRow.getByRole("button", { name: /CI #\d+/ }).click();
  const detail = page.getByRole("region", { name: /Run CI #\d+/ });
  await expect(detail.getByRole("list", { name: "Jobs" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Re-run/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Run workflow" })).toHaveCount(0);
  const runs = await (await request.get(`/api/v1/pipelines/runs?entity=component:default/${entityName}`, { headers: { authorization: `Bearer ${admin}` } })).json();
  const token = apiToken(viewer.email, "read");
  const refused = await request.post(`/api/v1/pipelines/runs/${runs.items[0].id}/rerun`, { headers: { authorization: `Bearer ${token}` }, data: { failedOnly: true } });
  expect(refused.status()).toBe(403);
  await page.goto("/pipelines");
  await expect(page.getByRole("table", { name: "Repositories" }).getByRole("row").filter({ hasText: repo })).toContainText("Success", LIVE);
});
