// An API token made in the UI works against /api/v1, then stops working once revoked.
import { expect, test } from "@playwright/test";
import { createUserViaCli, signIn } from "./support";

test("create an API token, use it, revoke it", async ({ page, request }) => {
  const dev = createUserViaCli(`tok-${Date.now()}@e2e.test`, "developer", "developer-password-1");
  await signIn(page, dev.email, dev.password);
  await page.goto("/profile");
  await page.getByLabel("Token name").fill("e2e script");
  await page.getByLabel("Scope").selectOption("write");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token").inputValue();
  expect(secret).toMatch(/^fdt_/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: dev.email, role: "developer", scope: "write" });

  await page.getByRole("button", { name: "Revoke e2e script" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("table", { name: "API tokens" }).getByText("Revoked")).toBeVisible();

  const after = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("unauthorized");
  expect((await request.get("/api/v1/me")).status()).toBe(401);
});
