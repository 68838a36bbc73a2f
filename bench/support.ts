// What every benchmark shares: arguments, a free port, a current build, the server's
// environment, the CLI, starting and stopping the portal, signing in like a browser, and load
// runs (autocannon) reduced to a p50/p95/p99 table.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { isBuildCurrent } from "../lib/cli/build";

// autocannon ships no types; this is the part of its API used here.
type Req = { path?: string };
type Instance = PromiseLike<{ requests: { total: number; average: number }; errors: number }> & {
  on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const autocannon = createRequire(import.meta.url)("autocannon") as (o: {
  url: string; connections: number; duration: number; headers: Record<string, string>; requests: { setupRequest: (r: Req) => Req }[];
}) => Instance;

/** `--name value` from the command line, or the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Build the portal first when the sources changed (not timed). */
export function ensureBuild() {
  if (isBuildCurrent()) return;
  console.log("bench: no current build, running `flightdeck build` first (not timed)");
  execFileSync(process.execPath, ["bin/flightdeck.mjs", "build"], { stdio: "inherit" });
}

/** The environment of a benchmark's portal: its own data directory, database and port, no demo. */
export function benchEnv(root: string, databaseUrl: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    FLIGHTDECK_DATA_DIR: path.join(root, "data"),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: crypto.randomBytes(33).toString("base64"),
    FLIGHTDECK_DEMO: "off",
    LOG_LEVEL: "warn",
    ...extra,
  };
}

export type Portal = { base: string; pid: number; stop(): Promise<void> };

/** `flightdeck start` in its own process group, once /api/health answers 200. */
export async function startPortal(env: NodeJS.ProcessEnv): Promise<Portal> {
  const server = spawn(process.execPath, ["bin/flightdeck.mjs", "start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const stop = async () => {
    if (!server.pid || server.exitCode !== null) return;
    const gone = new Promise((r) => server.once("exit", r));
    process.kill(-server.pid, "SIGKILL");
    await gone;
  };
  let output = "";
  server.stdout!.on("data", (d) => (output = (output + d).slice(-4000)));
  server.stderr!.on("data", (d) => (output = (output + d).slice(-4000)));
  const base = `http://127.0.0.1:${env.PORT}`;
  for (let waited = 0; !(await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)); waited += 200) {
    if (waited > 300_000) {
      await stop();
      throw new Error(`the server did not answer /api/health:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, pid: server.pid!, stop };
}

/** Run `flightdeck …` and return what it printed. */
export function cli(env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync(process.execPath, ["bin/flightdeck.mjs", ...args], { env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
}

/** Sign in the way a browser does (Auth.js credentials) and return the cookies to send. */
export async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  const cookies = [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0]!)].filter(Boolean);
  if (!cookies.some((c) => c.includes("session-token="))) throw new Error(`sign-in failed (${res.status}): no session cookie`);
  return cookies.join("; ");
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

/** Load `base` with `connections` for `duration` seconds, a fresh path per request; non-200 answers are counted. */
export async function load(base: string, options: { connections: number; duration: number; headers: Record<string, string> }, pathFor: () => string) {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({ url: base, ...options, requests: [{ setupRequest: (req) => ({ ...req, path: pathFor() }) }] });
  instance.on("response", (_client, status, _bytes, ms) => {
    times.push(ms);
    if (status !== 200) errors++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return { requests: result.requests.total, rps: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), errors: errors + result.errors };
}

export type Scenario = [name: string, headers: Record<string, string>, pathFor: () => string];

/**
 * Warm every scenario up (the first requests compile routes and fill caches; each must answer
 * 200), then load each in turn and print the table.
 */
export async function measure(base: string, scenarios: Scenario[], options: { connections: number; duration: number }) {
  for (const [, headers, pathFor] of scenarios) {
    for (let i = 0; i < 20; i++) {
      const res = await fetch(base + pathFor(), { headers, redirect: "manual" });
      if (res.status !== 200) throw new Error(`${pathFor()} answered ${res.status}`);
      await res.arrayBuffer();
    }
  }
  const rows: string[] = [];
  for (const [name, headers, pathFor] of scenarios) {
    const r = await load(base, { ...options, headers }, pathFor);
    rows.push(`| ${name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`);
    console.log(`bench: ${name} done`);
  }
  return `| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | non-200 |\n|---|---:|---:|---:|---:|---:|---:|\n${rows.join("\n")}`;
}

/** Bytes of a response body as sent with `accept-encoding: gzip` (Node's fetch would unzip it). */
function sentBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url} answered ${res.statusCode}`))));
    }).on("error", reject);
  });
}

/**
 * The JavaScript a page's HTML loads (its script tags) in KB as sent gzip: its "first-load JS".
 * The noModule polyfills are left out: browsers that run modules never fetch them.
 */
export async function firstLoadJs(base: string, path: string, headers: Record<string, string>) {
  const html = await (await fetch(base + path, { headers })).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]!))];
  const sizes = await Promise.all(scripts.map((src) => sentBytes(new URL(src, base).href)));
  return { scripts: scripts.length, kb: sizes.reduce((a, b) => a + b, 0) / 1024 };
}
