// `npm start` builds only when the sources changed since the last build: a fingerprint of
// every file that goes into the build is kept beside it.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

const inputs = ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma", "instrumentation.ts"];
const skip = /(^|\/)(generated|node_modules)(\/|$)|\.test\.tsx?$/;
const marker = ".next/flightdeck-build.json";

function files(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .flatMap((d) => (skip.test(path.join(entry, d.name)) ? [] : files(path.join(entry, d.name))));
}

export function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  for (const file of inputs.flatMap(files).sort()) hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  try {
    const { fingerprint } = JSON.parse(fs.readFileSync(marker, "utf8"));
    return fs.existsSync(".next/BUILD_ID") && fingerprint === sourceFingerprint();
  } catch {
    return false;
  }
}

export function ensureGeneratedClients() {
  if (fs.existsSync("lib/db/generated/sqlite/client.ts") && fs.existsSync("lib/db/generated/postgresql/client.ts")) return;
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-generate.ts"], { stdio: "inherit" });
}

export function build() {
  ensureGeneratedClients();
  const fingerprint = sourceFingerprint();
  execFileSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  fs.writeFileSync(marker, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
}
