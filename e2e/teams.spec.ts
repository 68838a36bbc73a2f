// Teams: a form error keeps what was typed; a maintainer manages their own team only.
import { expect, test } from "@playwright/test";
import { apiToken, createUserViaCli, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, signIn } from "./support";

test("an admin creates a team after fixing a validation error, and adds a member", async ({ page }) => {
  const slug = `e2e-${Date.now()}`;
  const member = createUserViaCli(`member-${Date.now()}@e2e.test`, "developer", "member-password-12");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto("/teams");
  await page.getByLabel("Slug").fill("Not A Slug");
  await page.getByLabel("Name").fill("E2E Team");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText(/lowercase letters, digits/).first()).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("E2E Team");
  await page.getByLabel("Slug").fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${slug}$`));
  await page.getByLabel("Email of the person to add").fill(member.email);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("table", { name: "Members" }).getByText(member.email)).toBeVisible();
});

test("a maintainer manages their team but cannot change another team (UI and API)", async ({ page, request }) => {
  const stamp = Date.now();
  const maintainer = createUserViaCli(`maint-${stamp}@e2e.test`, "developer", "maintainer-pass-12");
  const adminToken = apiToken(E2E_ADMIN_EMAIL, "write");
  const auth = { authorization: `Bearer ${adminToken}` };
  for (const slug of [`own-${stamp}`, `other-${stamp}`]) {
    expect((await request.post("/api/v1/teams", { headers: auth, data: { slug, name: slug } })).status()).toBe(201);
  }
  const added = await request.post(`/api/v1/teams/own-${stamp}/members`, { headers: auth, data: { email: maintainer.email, role: "maintainer" } });
  expect(added.status()).toBe(201);

  await signIn(page, maintainer.email, maintainer.password);
  await page.goto(`/teams/own-${stamp}`);
  await expect(page.getByRole("button", { name: "Add member" })).toBeVisible();
  await page.goto(`/teams/other-${stamp}`);
  await expect(page.getByRole("heading", { name: `other-${stamp}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);

  const token = apiToken(maintainer.email, "write");
  const denied = await request.patch(`/api/v1/teams/other-${stamp}`, { headers: { authorization: `Bearer ${token}` }, data: { name: "hijacked" } });
  expect(denied.status()).toBe(404);
  const allowed = await request.patch(`/api/v1/teams/own-${stamp}`, { headers: { authorization: `Bearer ${token}` }, data: { name: "Renamed" } });
  expect(allowed.status()).toBe(200);
});
