// GitHub-fed catalog end to end: an admin registers a repository file URL on the simulator in the
// Locations page, sees it synced and its entity in the catalog, and a push to the file updates
// the entity through the signed webhook, with no manual sync.
import { expect, test } from "@playwright/test";
import { startGithubSim, type SimHandle } from "../tools/github-sim/index";
import { apiToken, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, E2E_BASE_URL, signIn } from "./support";

const WEBHOOK_SECRET = "e2e-locations-webhook-secret-0123";
let sim: SimHandle;

const componentYaml = (name: string, description: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  description: ${description}\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/payments\n`;

test.beforeAll(async ({ request }) => {
  sim = await startGithubSim();
  const name = `gh-locations-${Date.now()}`;
  const token = apiToken(E2E_ADMIN_EMAIL, "write");
  const created = await request.post("/api/v1/integrations", {
    headers: { authorization: `Bearer ${token}` },
    data: { auth: "token", name, baseUrl: sim.url, org: "acme", token: sim.tokens.admin, webhookSecret: WEBHOOK_SECRET },
  });
  expect(created.status()).toBe(201);
  sim.control.setWebhookTarget(`${E2E_BASE_URL}/api/webhooks/github?integration=${name}`, WEBHOOK_SECRET);
});
test.afterAll(async () => {
  await sim?.stop();
});

test("an admin registers a file URL, sees it synced and its entity in the catalog, and a push updates it", async ({ page }) => {
  const service = `loc-e2e-${Date.now().toString(36)}`;
  const file = `services/${service}/catalog-info.yaml`;
  await sim.control.push("acme/ledger-worker", { [file]: componentYaml(service, "Registered from the locations page") });
  const url = `${sim.url}/acme/ledger-worker/blob/main/${file}`;

  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto("/locations");
  await page.getByLabel("File URL").fill(url);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("Registered: 1 entity read.")).toBeVisible();
  const row = page.getByRole("table", { name: "Locations" }).getByRole("row").filter({ hasText: url });
  await expect(row.getByText("OK", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Sync ${url} now` })).toBeVisible();

  // The description column, so the push below is visible in the same list.
  await page.goto(`/catalog?q=${service}&cols=name,description`);
  await expect(page.getByRole("table", { name: "Entities" }).getByRole("link", { name: service })).toBeVisible();
  await expect(page.getByText("Registered from the locations page")).toBeVisible();

  // The push reaches the portal as a signed webhook; no one presses "Sync now".
  await sim.control.push("acme/ledger-worker", { [file]: componentYaml(service, "Updated by a push") }, "describe the service better");
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Updated by a push")).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });

  // The entity page reads its repository's README through GitHub, and edits go to the source.
  await page.getByRole("table", { name: "Entities" }).getByRole("link", { name: service }).click();
  await expect(page.getByRole("link", { name: /Edit in GitHub/ }).first()).toHaveAttribute("href", url.replace("/blob/", "/edit/"));
  await page.getByRole("link", { name: "README" }).click();
  await expect(page.getByRole("heading", { name: "ledger-worker", exact: true })).toBeVisible();
  await expect(page.getByText("Consumes payment events and writes the ledger")).toBeVisible();
});

test("a bad URL is refused in the form with the reason, keeping what was typed", async ({ page }) => {
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto("/locations");
  const folder = `${sim.url}/acme/ledger-worker/tree/main/`;
  await page.getByLabel("File URL").fill(folder);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText(/is a folder link/).first()).toBeVisible();
  await expect(page.getByLabel("File URL")).toHaveValue(folder);
});
