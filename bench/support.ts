// What every benchmark shares: arguments, a free port, the CLI, signing in like a browser, and
// a load run (autocannon) reduced to p50/p95/p99.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";

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
