// End-to-end tests against the real production path: `flightdeck start` builds when needed,
// migrates a fresh SQLite database, creates the first admin and the demo workspace, then runs
// `next start`. Debian's chromium is used; Playwright never downloads a browser.
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, E2E_AUTH_SECRET, E2E_BASE_URL, E2E_PORT, e2eDataDir, e2eDatabaseUrl } from "./e2e/support";

const isCI = process.env.CI === "true" || process.env.CI === "1";

export default defineConfig({
  testDir: "e2e",
  workers: 2,
  retries: isCI ? 1 : 0,
  reporter: "list",
  forbidOnly: isCI,
  timeout: 30_000,
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "node bin/flightdeck.mjs start",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 240_000, // the first start builds the portal
    // Never reuse: each run has its own data directory, and a server left from another run
    // would answer from another database than the one createUserViaCli writes to.
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      HOST: "127.0.0.1",
      PORT: String(E2E_PORT),
      FLIGHTDECK_DATA_DIR: e2eDataDir,
      // Explicit, so a DATABASE_URL in the developer's shell never points e2e at a real database.
      DATABASE_URL: e2eDatabaseUrl,
      FLIGHTDECK_ADMIN_EMAIL: E2E_ADMIN_EMAIL,
      FLIGHTDECK_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      AUTH_SECRET: E2E_AUTH_SECRET,
      FLIGHTDECK_DEMO: "on",
      LOG_LEVEL: "warn",
    },
  },
});
