// Shared by playwright.config.ts and the specs: where the e2e portal runs, its first admin,
// and helpers that seed through the real CLI against the same database as the web server.
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// E2E_PORT lets two engineers run suites side by side on one machine.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN_EMAIL = "admin@e2e.test";
export const E2E_ADMIN_PASSWORD = "e2e-admin-password-0123";
export const E2E_AUTH_SECRET = "e2e-auth-secret-not-for-production-000000"; // 40 characters

// The config is loaded by the runner and again by every worker: the runner picks the data
// directory once and its workers inherit it through the environment.
process.env.FLIGHTDECK_E2E_DATA_DIR ??= path.join(os.tmpdir(), `flightdeck-e2e-${Date.now().toString(36)}-${process.pid}`);
export const e2eDataDir = process.env.FLIGHTDECK_E2E_DATA_DIR;
export const e2eDatabaseUrl = `file:${path.join(e2eDataDir, "flightdeck.db")}`;

function cli(args: string[]): string {
  const env = { ...process.env, FLIGHTDECK_DATA_DIR: e2eDataDir, DATABASE_URL: e2eDatabaseUrl, AUTH_SECRET: E2E_AUTH_SECRET, LOG_LEVEL: "warn" };
  try {
    return execFileSync(process.execPath, ["bin/flightdeck.mjs", ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`flightdeck ${args[0]} ${args[1]} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

export type Role = "admin" | "platform" | "developer" | "viewer";

/** A user made by `flightdeck user create`; the name is derived from the email. */
export function createUserViaCli(email: string, role: Role, password: string) {
  const name = email.split("@")[0]!.replace(/[._-]+/g, " ");
  cli(["user", "create", "--email", email, "--name", name, "--role", role, "--password", password]);
  return { email, name, role, password };
}

/** A fresh API token for a user, from `flightdeck token create` (the token is all it prints). */
export function apiToken(email: string, scope: "read" | "write"): string {
  return cli(["token", "create", "--user", email, "--scope", scope]).trim();
}

/** Sign in through the real login form and wait until the app leaves /login. */
export async function signIn(page: Page, email: string, password: string) {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}
