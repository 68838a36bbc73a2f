// GitHub integration end to end: an admin connects the portal to the GitHub simulator by token
// and as a GitHub App and tests both; a signed webhook is accepted and listed, an unsigned one
// refused with 401.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import { sign } from "@octokit/webhooks-methods";
import { expect, test } from "@playwright/test";
import { startGithubSim, type SimHandle } from "../tools/github-sim/index";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, signIn } from "./support";

// Loaded with require: Playwright's ESM loader wants an import attribute for the package's JSON.
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as { name: string; examples: unknown[] }[];
const WEBHOOK_SECRET = "e2e-webhook-secret-0123456789";
let sim: SimHandle;

test.beforeAll(async () => {
  sim = await startGithubSim();
});
test.afterAll(async () => {
  await sim?.stop();
});

test("an admin connects GitHub with a token, tests it, and a signed webhook is accepted while an unsigned one is refused", async ({ page, request }) => {
  const name = `gh-token-${Date.now()}`;
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto("/settings/integrations");
  await page.getByLabel(/^Name/).fill(name);
  await page.getByLabel("API URL").fill(sim.url);
  await page.getByLabel("Organisation").fill("acme");
  await page.getByLabel(/^Token/).fill(sim.tokens.admin);
  await page.getByLabel("Webhook secret").fill(WEBHOOK_SECRET);
  await page.getByRole("button", { name: "Add connection" }).click();

  await page.getByRole("button", { name: `Test ${name}` }).click();
  await expect(page.getByText(/Connected as alice, can see \d+ repositories, rate limit \d+\/5000/).first()).toBeVisible();
  // The token is never sent back to the browser.
  expect(await page.content()).not.toContain(sim.tokens.admin);

  const push = examples.find((e) => e.name === "push")!.examples[0];
  const body = JSON.stringify(push);
  const deliveryId = randomUUID();
  const headers = { "content-type": "application/json", "x-github-event": "push", "x-github-delivery": deliveryId };
  const signed = await request.post(`/api/webhooks/github?integration=${name}`, { headers: { ...headers, "x-hub-signature-256": await sign(WEBHOOK_SECRET, body) }, data: body });
  expect(signed.status()).toBe(200);
  const unsigned = await request.post("/api/webhooks/github", { headers: { ...headers, "x-github-delivery": randomUUID() }, data: body });
  expect(unsigned.status()).toBe(401);
  const retried = await request.post(`/api/webhooks/github?integration=${name}`, { headers: { ...headers, "x-hub-signature-256": await sign(WEBHOOK_SECRET, body) }, data: body });
  expect(await retried.json()).toMatchObject({ status: "duplicate" });

  await page.reload();
  const deliveries = page.getByRole("table", { name: "Webhook deliveries" });
  await expect(deliveries.getByRole("row").filter({ hasText: deliveryId })).toBeVisible();
  await expect(deliveries.getByRole("row").filter({ hasText: "missing X-Hub-Signature-256 signature" }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("an admin connects GitHub as an App, tests it, and removes it", async ({ page }) => {
  const name = `gh-app-${Date.now()}`;
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto("/settings/integrations");
  await page.getByLabel(/^Name/).fill(name);
  await page.getByLabel("Connect with").selectOption("app");
  await page.getByLabel("API URL").fill(sim.url);
  await page.getByLabel("App ID").fill(String(sim.app.id));
  await page.getByLabel("Installation ID").fill(String(sim.app.installations[0]!.id));
  await page.getByLabel("Private key").fill(sim.app.privateKey);
  await page.getByRole("button", { name: "Add connection" }).click();

  await page.getByRole("button", { name: `Test ${name}` }).click();
  await expect(page.getByText(new RegExp(`Connected as GitHub App ${sim.app.slug}, can see \\d+ repositories`)).first()).toBeVisible();

  await page.getByRole("button", { name: `Remove ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("button", { name: `Test ${name}` })).toHaveCount(0);
});
