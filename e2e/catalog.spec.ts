// Catalog: import with a preview, validation errors with line and field, browsing with
// filters and search, entity pages and their relations, orphans, API definitions, forms.
import { expect, test, type Page } from "@playwright/test";
import { apiToken, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, signIn } from "./support";

const component = (name: string, extra = "") =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  description: e2e component${extra}\nspec:\n  type: service\n  lifecycle: production\n  owner: payments\n`;

async function admin(page: Page) {
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
}

test("import: a preview says what would be created, writes nothing, then imports", async ({ page }) => {
  const name = `imp-${Date.now()}`;
  const yaml = `${component(name)}---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: { name: ${name}-api }\nspec: { type: openapi, lifecycle: production, owner: payments, definition: "openapi: 3.0.0" }\n`;
  await admin(page);
  await page.goto("/catalog/import");
  await page.getByLabel("YAML").fill(yaml);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("2 to create")).toBeVisible();
  await expect(page.getByRole("table", { name: "Entities" }).getByText(`component:default/${name}`)).toBeVisible();
  // Nothing written yet: the catalog does not know it.
  const other = await page.context().newPage();
  await other.goto(`/catalog?q=${name}`);
  await expect(other.getByText("Nothing matches these filters")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 entities" }).click();
  await expect(page.getByText("Imported: 2 created, 0 changed, 0 unchanged.")).toBeVisible();
  await page.getByRole("link", { name: "Open the catalog" }).click();
  await page.getByRole("searchbox", { name: "Search the catalog" }).fill(name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${name}`));
  const table = page.getByRole("table", { name: "Entities" });
  await expect(table.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: `${name}-api` })).toBeVisible();
});

test("import: a rejected document is shown with its line and field path, and the pasted text stays", async ({ page }) => {
  const yaml = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: bad-${Date.now()}\nspec:\n  type: service\n  lifecycle: production\n  owner: "Not A Ref!"\n`;
  await admin(page);
  await page.goto("/catalog/import");
  await page.getByLabel("YAML").fill(yaml);
  await page.getByRole("button", { name: "Preview" }).click();
  const errors = page.getByRole("table", { name: "Rejected documents" });
  await expect(errors.getByRole("row").nth(1)).toContainText("#1");
  await expect(errors.getByRole("row").nth(1)).toContainText("line 8");
  await expect(errors.getByRole("row").nth(1)).toContainText("spec.owner");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  await expect(page.getByLabel("YAML")).toHaveValue(yaml);
});

test("browse: filter by kind from the facet counts, then search", async ({ page }) => {
  await admin(page);
  await page.goto("/catalog");
  const filters = page.getByRole("navigation", { name: "Filters" });
  await filters.getByRole("link", { name: /^API \d+/ }).click();
  await expect(page).toHaveURL(/kind=api/);
  const table = page.getByRole("table", { name: "Entities" });
  await expect(table.getByRole("link", { name: "payments-api" })).toBeVisible();
  await expect(table.getByRole("link", { name: "payments-service" })).toHaveCount(0);
  // The kind filter stays while searching.
  await page.getByRole("searchbox", { name: "Search the catalog" }).fill("graphql");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/kind=api.*q=graphql|q=graphql.*kind=api/);
  await expect(table.getByRole("link", { name: "product-graph" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);
});

test("an entity page links to its relations, and following one opens that entity", async ({ page }) => {
  await admin(page);
  await page.goto("/catalog/component/default/payments-service");
  await expect(page.getByRole("heading", { name: /Payments service/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "payments", exact: true }).first()).toHaveAttribute("href", "/teams/payments");
  await page.getByRole("navigation", { name: "Entity sections" }).getByRole("link", { name: "Relations" }).click();
  await expect(page.getByRole("group", { name: /Relations of payments-service/ })).toBeVisible();
  await page.getByRole("table", { name: "Relations" }).getByRole("link", { name: "resource:default/payments-db" }).click();
  await expect(page.getByRole("heading", { name: /Payments database/ })).toBeVisible();
  // And from the graph: its nodes are links too.
  await page.getByRole("navigation", { name: "Entity sections" }).getByRole("link", { name: "Relations" }).click();
  await page.getByRole("group", { name: /Relations of payments-db/ }).getByRole("link", { name: "Component Payments service" }).click();
  await expect(page.getByRole("heading", { name: /Payments service/ })).toBeVisible();
});

test("an orphan (dropped by its upload location) is flagged and can be deleted", async ({ page, request }) => {
  const name = `orph-${Date.now()}`;
  const auth = { authorization: `Bearer ${apiToken(E2E_ADMIN_EMAIL, "write")}` };
  const location = await request.post("/api/v1/locations", { headers: auth, data: { type: "upload", target: `${name}.yaml` } });
  expect(location.status()).toBe(201);
  const locationId = ((await location.json()) as { id: string }).id;
  const first = await request.post("/api/v1/catalog/import", { headers: auth, data: { yaml: `${component(name)}---\n${component(`${name}-kept`)}`, locationId } });
  expect(first.status()).toBe(200);
  const second = await request.post("/api/v1/catalog/import", { headers: auth, data: { yaml: component(`${name}-kept`), locationId } });
  expect(((await second.json()) as { orphaned: number }).orphaned).toBe(1);

  await admin(page);
  await page.goto(`/catalog?orphan=true&q=${name}`);
  const table = page.getByRole("table", { name: "Entities" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText("orphan");
  await table.getByRole("link", { name }).click();
  await expect(page.getByText(/no longer defines it/)).toBeVisible();
  // The kept one comes from the repository: no Edit, no Delete.
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete entity" }).click();
  await expect(page).toHaveURL(/\/catalog$/);
  await page.goto(`/catalog/component/default/${name}-kept`);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await page.goto(`/catalog/component/default/${name}`);
  await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
});

test("the API definition tab lists the operations of an OpenAPI document", async ({ page }) => {
  await admin(page);
  await page.goto("/catalog/api/default/payments-api?tab=api");
  const operations = page.getByRole("list", { name: "Operations" });
  await expect(operations.getByText("/charges", { exact: true })).toBeVisible();
  await operations.getByText("Refund a charge").click();
  await expect(operations.getByText("Refund created")).toBeVisible();
  await expect(page.getByLabel("openapi definition of payments-api")).toContainText("openapi: 3.0.3");
});

test("the team page lists what the team owns", async ({ page }) => {
  await admin(page);
  await page.goto("/teams/payments");
  const owned = page.getByRole("list", { name: "Owned by Payments" });
  await expect(owned.getByRole("link", { name: "Payments service" })).toBeVisible();
  await owned.getByRole("link", { name: "Payments API" }).click();
  await expect(page).toHaveURL(/\/catalog\/api\/default\/payments-api$/);
});

test("create a component through the form after a field error, then edit it", async ({ page }) => {
  const name = `form-${Date.now()}`;
  await admin(page);
  await page.goto("/catalog/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Type", exact: true }).fill("service");
  await page.getByRole("textbox", { name: "Lifecycle" }).fill("production");
  await page.getByLabel("Owner").selectOption("payments");
  await page.getByLabel("Tags").fill("Not A Tag");
  await page.getByRole("button", { name: "Create Component" }).click();
  // The domain's issue path (metadata.tags.0) lands on the Tags field; what was typed stays.
  await expect(page.getByRole("textbox", { name: "Tags" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("lowercase letters, digits, : + # and single -").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);
  await page.getByLabel("Tags").fill("e2e");
  await page.getByRole("button", { name: "Create Component" }).click();
  await expect(page).toHaveURL(new RegExp(`/catalog/component/default/${name}$`));
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Title").fill("Form made");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: /Form made/ })).toBeVisible();
});

test("the catalog page's first-load JavaScript stays within 200 KB as sent (gzip)", async ({ page }) => {
  await admin(page);
  await page.goto("/catalog?kind=component", { waitUntil: "load" });
  // Resource timing keeps each script's size as sent (encoded) and as run, even for one the
  // sign-in pages left in the cache.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname.endsWith(".js"))
      .map((e) => ({ sent: (e as PerformanceResourceTiming).encodedBodySize, size: (e as PerformanceResourceTiming).decodedBodySize })),
  );
  const kb = (n: number) => n / 1024;
  const sent = kb(scripts.reduce((a, s) => a + s.sent, 0));
  const size = kb(scripts.reduce((a, s) => a + s.size, 0));
  console.log(`catalog first-load JS: ${scripts.length} scripts, ${sent.toFixed(1)} KB as sent, ${size.toFixed(1)} KB as run`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(sent).toBeLessThan(size / 2); // compressed
  expect(sent).toBeLessThanOrEqual(200);
});
