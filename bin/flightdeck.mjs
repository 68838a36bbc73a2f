#!/usr/bin/env node
// `npx flightdeck` / `npm run cli --`: run the TypeScript CLI with tsx, under the
// react-server condition so modules marked server-only can be imported outside Next.js.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../lib/cli/main.ts", import.meta.url));
const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", main, ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
