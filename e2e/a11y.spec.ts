// axe on every page: no serious or critical violation, in light and dark themes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, signIn } from "./support";

const pages = ["/", "/teams", "/teams/payments", "/people", "/profile", "/settings/users", "/settings/audit", "/settings/jobs", "/settings/workspace", "/settings/integrations", "/locations", "/does-not-exist",
  "/catalog", "/catalog?kind=component&cols=title,kind,owner,updated,source", "/catalog/new", "/catalog/import",
  "/catalog/component/default/payments-service", "/catalog/component/default/payments-service?tab=relations&depth=2",
  "/catalog/api/default/payments-api?tab=api", "/catalog/api/default/product-graph?tab=api", "/catalog/component/default/payments-service?tab=readme",
  "/catalog/component/default/payments-service/edit",
  "/pipelines", "/pipelines?days=90", "/deployments", "/dora", "/catalog/component/default/payments-service?tab=deployments"];

async function seriousViolations(page: import("@playwright/test").Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

test("the login page has no serious accessibility violation", async ({ page }) => {
  await page.goto("/login");
  expect(await seriousViolations(page)).toEqual([]);
});

for (const scheme of ["light", "dark"] as const) {
  test(`signed-in pages have no serious accessibility violation (${scheme})`, async ({ page }) => {
    test.setTimeout(300_000); // 27 pages, two of them reading GitHub; axe takes 2-6 s a page on a busy 2-core CI machine
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
    for (const path of pages) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}
