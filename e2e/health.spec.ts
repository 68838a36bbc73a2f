// Smoke test of the production server: health, metrics, the API description and the 404 page.
import { expect, test } from "@playwright/test";

test("health reports a migrated SQLite database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.database.provider).toBe("sqlite");
  expect(body.database.reachable).toBe(true);
  expect(body.database.migrations.pending).toEqual([]);
  expect(body.database.migrations.applied).toBeGreaterThan(0);
});

test("metrics are in Prometheus text format", async ({ request }) => {
  const res = await request.get("/api/metrics");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/plain");
  expect(await res.text()).toMatch(/^# HELP flightdeck_/m);
});

test("the API is described by an OpenAPI 3.1 document", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
});

test("an unknown page answers 404 with a not-found heading", async ({ page }) => {
  const res = await page.goto("/this-page-does-not-exist-e2e");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: /not found/i })).toBeVisible();
});
