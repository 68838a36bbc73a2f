// Ctrl-K finds a team and a catalog entity by name and opens them.
import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, signIn } from "./support";

test("the command palette finds a team and a service", async ({ page }) => {
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await palette.getByRole("combobox").fill("Payments");
  await palette.getByRole("option", { name: "Payments", exact: true }).click();
  await expect(page).toHaveURL(/\/teams\/payments$/);

  await page.getByRole("button", { name: /Search/ }).click();
  await palette.getByRole("combobox").fill("payments-api");
  await palette.getByRole("option", { name: /Payments API/ }).first().click();
  await expect(page).toHaveURL(/\/catalog\/api\/default\/payments-api/);
});
