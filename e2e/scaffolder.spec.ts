// The scaffolder end to end: a developer creates a Node.js service on the portal's own git
// server (form, dry run, live log, the new catalog entity and its repository), the server
// refuses bad parameters even without the browser, and a GitHub failure mid-publish fails the
// task clearly and a retry finishes it (the repository and its protection are visible in the
// simulator's API).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startGithubSim, type SimHandle } from "../tools/github-sim/index";
import { apiToken, createUserViaCli, E2E_ADMIN_EMAIL, signIn } from "./support";

let sim: SimHandle;
const integrationName = `gh-scaffolder-${Date.now()}`;
let dev: { email: string; password: string };

test.beforeAll(async ({ request }) => {
  dev = createUserViaCli(`dev-scaffolder-${Date.now().toString(36)}-${test.info().workerIndex}@e2e.test`, "developer", "developer-password-0123");
  sim = await startGithubSim();
  const created = await request.post("/api/v1/integrations", {
    headers: { authorization: `Bearer ${apiToken(E2E_ADMIN_EMAIL, "write")}` },
    data: { auth: "token", name: integrationName, baseUrl: sim.url, org: "acme", token: sim.tokens.admin },
  });
  expect(created.status()).toBe(201);
});
test.afterAll(async () => {
  await sim?.stop();
});

async function fillNodeForm(page: Page, name: string, repo: { host: string | RegExp; owner: string }) {
  await page.goto("/create");
  await page.getByRole("link", { name: "Choose Node.js HTTP service" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Payments" });
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByLabel("Port")).toHaveValue("8080");
  await page.getByRole("button", { name: "Next" }).click();
  const host = page.getByLabel("Host");
  const option = await host.locator("option").filter({ hasText: repo.host }).first().getAttribute("value");
  await host.selectOption(option!);
  await page.getByLabel("Repository owner").fill(repo.owner);
  await page.getByLabel("Repository name").fill(name);
  await page.getByRole("button", { name: "Review" }).click();
  await expect(page.getByRole("definition").filter({ hasText: name }).first()).toBeVisible();
}

test("a developer creates a Node.js service: form, dry run, live log, and the new entity with its repository", async ({ page }) => {
  test.setTimeout(60_000);
  const name = `svc-${Date.now().toString(36)}`;
  await signIn(page, dev.email, dev.password);
  await fillNodeForm(page, name, { host: "This portal's git server", owner: "payments" });

  await page.getByRole("button", { name: "Dry run" }).click();
  const dryRun = page.getByRole("region", { name: "Dry run" });
  await expect(dryRun.getByText("Dry run succeeded")).toBeVisible();
  await dryRun.getByRole("button", { name: "package.json" }).click();
  await expect(dryRun.getByLabel("Contents of package.json")).toContainText(`"name": "${name}"`);
  await expect(dryRun.getByRole("button", { name: ".github/workflows/ci.yaml" })).toBeVisible();

  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/create\/tasks\/[a-z0-9]+$/);
  const log = page.getByRole("list", { name: "Task log" });
  await expect(log).toContainText("Task succeeded.", { timeout: 20_000 });
  await expect(log).toContainText(`Created payments/${name} on the portal's git server`);
  await expect(page.getByRole("list", { name: "Steps" }).getByText("skipped")).toBeVisible();

  await page.getByRole("link", { name: "Open in catalog" }).click();
  await expect(page).toHaveURL(new RegExp(`/catalog/component/default/${name}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  const repository = page.getByRole("link", { name: "Repository", exact: true });
  await expect(repository).toHaveAttribute("href", new RegExp(`/git/payments/${name}\\.git$`));

  // The repository link clones: the smart-HTTP advertisement answers with the signed-in session.
  const refs = await page.request.get(`/git/payments/${name}.git/info/refs?service=git-upload-pack`);
  expect(refs.status()).toBe(200);
  expect(await refs.text()).toContain("refs/heads/main");

  await page.goto("/notifications");
  await expect(page.getByRole("list", { name: "Notifications" }).getByRole("link", { name: `${name} is ready` })).toBeVisible();
});

test("bad parameters are refused: in the form, and by the server when the browser is bypassed", async ({ page, request }) => {
  await signIn(page, dev.email, dev.password);
  await page.goto("/create/templates/default/node-service");
  await page.getByLabel("Name", { exact: true }).fill("Not a valid name!");
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Payments" });
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Repository owner").fill("payments");
  await page.getByLabel("Repository name").fill("bad-name");
  await page.getByRole("button", { name: "Review" }).click();
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(page.getByText(/name: letters and digits with single - _ \. between them/).first()).toBeVisible();
  await page.getByRole("button", { name: "Change name" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Not a valid name!");

  const token = apiToken(dev.email, "write");
  const answer = await request.post("/api/v1/scaffolder/tasks", {
    headers: { authorization: `Bearer ${token}` },
    data: { templateRef: "template:default/node-service", values: { name: "ok-name", owner: "group:default/payments", port: 22, repoUrl: "local?owner=payments&repo=ok-name" } },
  });
  expect(answer.status()).toBe(422);
  const body = await answer.json();
  expect(body.error.issues).toContainEqual({ path: "port", message: "must be >= 1024" });
});

test("a GitHub error mid-publish fails the task clearly, and a retry finishes it", async ({ page, request }) => {
  test.setTimeout(60_000);
  const name = `gh-svc-${Date.now().toString(36)}`;
  await signIn(page, dev.email, dev.password);
  await fillNodeForm(page, name, { host: integrationName, owner: "acme" });
  await expect(page.getByRole("definition").filter({ hasText: `${new URL(sim.url).host}?owner=acme&repo=${name}` })).toBeVisible();
  // The repository is created, then GitHub refuses the tree of the commit once.
  sim.control.fail(/\/git\/trees$/, 422, 1);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/step 'publish-github' \(Publish to GitHub\) failed/).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Failed", { exact: true })).toBeVisible();
  // Nothing half-registered.
  const token = apiToken(E2E_ADMIN_EMAIL, "read");
  expect((await request.get(`/api/v1/entities/component/default/${name}`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(404);

  await page.getByRole("button", { name: "Retry from the failed step" }).click();
  await expect(page.getByRole("list", { name: "Task log" })).toContainText("Task succeeded.", { timeout: 20_000 });
  await expect(page.getByRole("link", { name: "Repository" })).toHaveAttribute("href", `${sim.url}/acme/${name}`);

  const gh = (path: string) => fetch(`${sim.url}${path}`, { headers: { authorization: `token ${sim.tokens.admin}` } }).then(async (r) => ({ status: r.status, body: await r.json() }));
  const repo = await gh(`/repos/acme/${name}`);
  expect(repo.body).toMatchObject({ private: true, default_branch: "main", topics: ["nodejs", "service"] });
  const protection = await gh(`/repos/acme/${name}/branches/main/protection`);
  expect(protection.body.required_pull_request_reviews.required_approving_review_count).toBe(1);
  const files = await gh(`/repos/acme/${name}/contents/.github/workflows`);
  expect(files.body.map((f: { name: string }) => f.name)).toEqual(["ci.yaml"]);
  expect((await request.get(`/api/v1/entities/component/default/${name}`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
});

// Its own test (not a11y.spec.ts's list), so each keeps a time budget of its own.
for (const scheme of ["light", "dark"] as const) {
  test(`the Create pages have no serious accessibility violation (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000); // four pages at 2-6 s of axe each on a busy 2-core CI machine
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, dev.email, dev.password);
    for (const path of ["/create", "/create/templates/default/node-service", "/create/tasks", "/notifications"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), path).toEqual([]);
    }
  });
}
