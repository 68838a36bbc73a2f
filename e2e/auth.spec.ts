// Sign-in paths: the seeded admin, a wrong password, and a developer kept out of admin screens.
import { expect, test } from "@playwright/test";
import { createUserViaCli, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, signIn } from "./support";

test("the seeded admin signs in for the first time and sees the demo teams", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await expect(page.getByText(/This workspace holds demo data/)).toBeVisible();
  await page.getByRole("link", { name: "Teams", exact: true }).click();
  await expect(page.getByRole("table", { name: "Teams" }).getByRole("link", { name: "Payments" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Audit log" })).toBeVisible();
});

test("a wrong password gets one generic message and keeps the typed email", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(E2E_ADMIN_EMAIL);
  await expect(page).toHaveURL(/\/login/);
});

test("a developer sees no admin section and gets a 403 page on admin screens", async ({ page }) => {
  const dev = createUserViaCli(`dev-${Date.now()}@e2e.test`, "developer", "developer-password-1");
  await signIn(page, dev.email, dev.password);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Users" })).toHaveCount(0);
  for (const path of ["/settings/users", "/settings/audit", "/settings/jobs", "/settings/workspace"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: /don.t have access/i })).toBeVisible();
  }
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: /Admin/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login/);
});

test("an admin changes a role on the Users page, and the audit log shows before and after", async ({ page }) => {
  const person = createUserViaCli(`role-${Date.now()}@e2e.test`, "developer", "developer-password-1");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto(`/settings/users?q=${encodeURIComponent(person.email)}`);
  await page.getByLabel(`Role of ${person.name}`).selectOption("viewer");
  await page.waitForLoadState("networkidle"); // the server action has answered
  await expect(page.getByLabel(`Role of ${person.name}`)).toBeEnabled();
  await page.goto(`/settings/audit?action=user.update&actor=${encodeURIComponent(E2E_ADMIN_EMAIL)}`);
  const row = page.getByRole("row").filter({ hasText: person.email });
  await row.getByText("before / after").click();
  await expect(row.getByText(/"role": "developer"[\s\S]*"role": "viewer"/)).toBeVisible();
});

test("the account menu (loaded on first use) opens from the keyboard and switches the theme", async ({ page }) => {
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: /Account: / }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("button", { name: /Account: / }).click();
  await expect(page.getByRole("menuitemradio", { name: "Dark" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Account: / })).toBeFocused();
});
