// npm run screenshot - the README's picture, taken from the real thing: start the portal on a
// fresh data directory (demo workspace included), sign in as the first admin in Debian's
// chromium, and save the home page to public/screenshots/home.png.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const port = 3290;
const base = `http://127.0.0.1:${port}`;
const email = "admin@flightdeck.local";
const password = crypto.randomBytes(12).toString("base64url");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "flightdeck-screenshot-"));

const server = spawn(process.execPath, ["bin/flightdeck.mjs", "start"], {
  env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), FLIGHTDECK_DATA_DIR: dataDir, DATABASE_URL: `file:${dataDir}/flightdeck.db`, FLIGHTDECK_ADMIN_EMAIL: email, FLIGHTDECK_ADMIN_PASSWORD: password, LOG_LEVEL: "warn" },
  stdio: "inherit",
  detached: true,
});
try {
  for (let waited = 0; !(await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)); waited += 500) {
    if (waited > 300_000) throw new Error("the portal did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto(`${base}/`);
  await page.waitForLoadState("networkidle");
  fs.mkdirSync("public/screenshots", { recursive: true });
  await page.screenshot({ path: "public/screenshots/home.png" });
  await browser.close();
  console.log("saved public/screenshots/home.png");
} finally {
  process.kill(-server.pid!, "SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
}
