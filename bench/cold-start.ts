// npm run bench:start [-- --postgres] [--runs N] - how long `flightdeck start` takes until
// /api/health first answers 200: on an empty database (migrate + first admin + demo seed) and
// on an existing one. Each run is a new process tree on a free 127.0.0.1 port, killed after.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isBuildCurrent } from "../lib/cli/build";
import { pgAdmin, pgUrl } from "../lib/test/databases";

const usePostgres = process.argv.includes("--postgres");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Start the portal, return ms until the first 200 from /api/health, then kill its process tree. */
async function coldStart(dataDir: string, databaseUrl: string): Promise<number> {
  const port = await freePort();
  const env = { ...process.env, HOST: "127.0.0.1", PORT: String(port), FLIGHTDECK_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" };
  const started = performance.now();
  // detached: its own process group, so the CLI, tsx and next-server all die together.
  const child = spawn(process.execPath, ["bin/flightdeck.mjs", "start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output = (output + d).slice(-4000)));
  child.stderr.on("data", (d) => (output = (output + d).slice(-4000)));
  let exited = false;
  child.on("exit", () => (exited = true));
  try {
    while (performance.now() - started < TIMEOUT_MS) {
      if (exited) throw new Error(`flightdeck start exited early:\n${output}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) })
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no 200 from /api/health within ${TIMEOUT_MS} ms:\n${output}`);
  } finally {
    if (!exited) {
      const gone = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid!, "SIGKILL");
      await gone;
    }
  }
}

type Database = { url: string; drop: () => Promise<void> };

async function freshDatabase(dataDir: string, label: string): Promise<Database> {
  if (!usePostgres) return { url: `file:${path.join(dataDir, "flightdeck.db")}`, drop: async () => {} };
  const name = `fd_bench_${Math.random().toString(36).slice(2, 10)}_${label}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  return { url: pgUrl(name), drop: () => pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s.at(-1)! };
};

if (!isBuildCurrent()) {
  console.log("bench: no current build, running `flightdeck build` first (not timed)");
  execFileSync(process.execPath, ["bin/flightdeck.mjs", "build"], { stdio: "inherit" });
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), "flightdeck-bench-"));
const databases: Database[] = [];
const results: { scenario: string; ms: number[] }[] = [];
const provider = usePostgres ? "postgresql" : "sqlite";
try {
  const empty: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = path.join(root, `empty-${i}`);
    const database = await freshDatabase(dir, `e${i}`);
    databases.push(database);
    empty.push(await coldStart(dir, database.url));
    process.stdout.write(`  empty DB run ${i + 1}: ${empty.at(-1)!.toFixed(0)} ms\n`);
  }
  results.push({ scenario: `${provider}, empty DB (migrate + seed)`, ms: empty });

  // The first empty run's data directory and database are now migrated and seeded.
  const warmDir = path.join(root, "empty-0");
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(await coldStart(warmDir, databases[0]!.url));
    process.stdout.write(`  existing DB run ${i + 1}: ${warm.at(-1)!.toFixed(0)} ms\n`);
  }
  results.push({ scenario: `${provider}, existing DB`, ms: warm });
} finally {
  for (const d of databases) await d.drop().catch((e) => console.error(`could not drop a bench database: ${e}`));
  fs.rmSync(root, { recursive: true, force: true });
}

console.log(`\nflightdeck start → first 200 from /api/health (${os.cpus().length} cores, node ${process.version})\n`);
console.log(`| scenario | runs | min ms | median ms | max ms |\n|---|---:|---:|---:|---:|`);
for (const r of results) {
  const s = stats(r.ms);
  console.log(`| ${r.scenario} | ${r.ms.length} | ${s.min.toFixed(0)} | ${s.median.toFixed(0)} | ${s.max.toFixed(0)} |`);
}
