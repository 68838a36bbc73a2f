// An admin runs a scheduled job now and watches the in-process worker finish it.
import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, signIn } from "./support";

test("run the clean-up schedule now and see the job succeed", async ({ page }) => {
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto("/settings/jobs");
  const schedules = page.getByRole("table", { name: "Schedules" });
  await expect(schedules.getByText("system.cleanup")).toBeVisible();
  await page.getByRole("button", { name: "Run system.cleanup now" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Run now" }).click();
  const jobs = page.getByRole("table", { name: "Jobs" });
  // The page refreshes itself every 5 s; the worker polls every second.
  await expect(jobs.getByRole("row").filter({ hasText: "system.cleanup" }).first().getByText("succeeded")).toBeVisible({ timeout: 20_000 });
});
