#!/usr/bin/env node
// `npx flightdeck` / `npm run cli --`: run the TypeScript CLI with tsx, under the
// react-server condition so modules marked server-only can be imported outside Next.js.
// `start` prepares (build, migrate, first-run setup) in that child, which then sends back the
// server's command; this small launcher runs it, so only the server stays resident.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../lib/cli/main.ts", import.meta.url));
let current = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", main, ...process.argv.slice(2)], {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
});
let exec;
let env;
current.on("message", (message) => ({ exec, env } = message ?? {}));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => current.kill(signal));
current.on("exit", (code, signal) => {
  if (code !== 0 || !exec) process.exit(code ?? (signal ? 1 : 0));
  current = spawn(process.execPath, exec, { stdio: "inherit", env: { ...process.env, ...env } });
  current.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
});
