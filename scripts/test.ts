// npm test - everything CI checks, in order, stopping at the first failure:
// lint, typecheck, db:check, vitest (SQLite + PostgreSQL), then Playwright (unless --skip-e2e).
// Ends with per-step durations and one line "N passed, M failed[, K skipped]" for humans and CI.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type Counts = { passed: number; failed: number; skipped: number };
type Step = { name: string; command: string[]; env?: Record<string, string>; counts?: () => Counts };

const skipE2e = process.argv.includes("--skip-e2e");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "flightdeck-test-"));
const vitestJson = path.join(tmp, "vitest.json");
const playwrightJson = path.join(tmp, "playwright.json");

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

function vitestCounts(): Counts {
  const r = readJson(vitestJson);
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(): Counts {
  const s = readJson(playwrightJson).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

const steps: Step[] = [
  { name: "lint", command: ["npm", "run", "--silent", "lint"] },
  { name: "typecheck", command: ["npm", "run", "--silent", "typecheck"] },
  { name: "db:check", command: ["npm", "run", "--silent", "db:check"] },
  {
    name: "vitest",
    command: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
    counts: vitestCounts,
  },
];
if (!skipE2e) {
  steps.push({
    name: "playwright",
    command: ["npx", "playwright", "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
    counts: playwrightCounts,
  });
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const timings: { name: string; ms: number; ok: boolean }[] = [];
let failedStep: string | undefined;

for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(" ")}`);
  const started = performance.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: "inherit", env: { ...process.env, ...step.env } });
  const ok = result.status === 0;
  timings.push({ name: step.name, ms: performance.now() - started, ok });

  let counts: Counts | undefined;
  try {
    counts = step.counts?.();
  } catch {
    counts = undefined; // the runner died before writing its report
  }
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  if (!ok) {
    // A failed step always shows in the failed count, even one that runs no tests (lint) or
    // whose failure is not a test (a suite that does not load, a crash, an unhandled error).
    if (!counts || counts.failed === 0) total.failed += 1;
    failedStep = step.name;
    const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    console.error(`\n✗ npm test: step "${step.name}" FAILED (${why}); later steps were not run`);
    break;
  }
}

fs.rmSync(tmp, { recursive: true, force: true });

console.log("\nStep durations:");
for (const t of timings) console.log(`  ${t.ok ? "ok  " : "FAIL"} ${t.name.padEnd(11)} ${(t.ms / 1000).toFixed(1).padStart(6)} s`);
const notRun = steps.slice(timings.length).map((s) => s.name);
if (notRun.length) console.log(`  not run: ${notRun.join(", ")}`);
if (skipE2e) console.log("  playwright skipped (--skip-e2e)");
console.log(`  total       ${(timings.reduce((a, t) => a + t.ms, 0) / 1000).toFixed(1).padStart(6)} s\n`);

console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exitCode = failedStep || total.failed > 0 ? 1 : 0;
