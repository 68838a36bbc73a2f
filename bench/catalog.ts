// npm run bench:catalog [-- --entities N] [--postgres] [--duration S] [--connections C] [--keep DIR]
// Generates N entities as Backstage YAML, imports them into a fresh database with the CLI,
// starts the production server on it and measures the catalog API under concurrent load
// (autocannon): filtered list, text search, get by ref, and the catalog page's HTML filtered and
// searched (signed in with a session cookie, as a person's browser). Prints p50/p95/p99, import
// time, the server's RSS and the catalog page's first-load JavaScript as sent. --keep DIR
// (SQLite) keeps the imported database in DIR and reuses it on the next run, to iterate on the
// read path without re-importing. Targets at 100k on SQLite: list p99 ≤ 25 ms, get p99 ≤ 10 ms,
// search p99 ≤ 50 ms, RSS ≤ 300 MB; import of 10k ≤ 10 s; the catalog page's first-load JS
// ≤ 200 KB gzip.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { pgAdmin, pgUrl } from "../lib/test/databases";
import { arg, benchEnv, cli, ensureBuild, firstLoadJs, freePort, measure, sessionCookie, startPortal, type Portal, type Scenario } from "./support";


const N = Number(arg("entities", "10000"));
const DURATION = Number(arg("duration", "10"));
const CONNECTIONS = Number(arg("connections", "10"));
const usePostgres = process.argv.includes("--postgres");
const keep = arg("keep", "");
const provider = usePostgres ? "postgresql" : "sqlite";

const words = ["billing", "ledger", "search", "inventory", "shipping", "fraud", "identity", "pricing", "catalog", "checkout", "loyalty", "reviews"];
const groups = Math.max(5, Math.round(N / 500));
const systems = Math.max(3, Math.round(N / 50));
const apis = Math.round(N / 5);
const resources = Math.round(N / 10);
const components = N - groups - systems - apis - resources;

/** N descriptors with realistic shape: owners, systems, APIs provided and consumed, dependencies. */
function* generate() {
  const doc = (kind: string, name: string, spec: object, extra: object = {}) => ({ apiVersion: "backstage.io/v1alpha1", kind, metadata: { name, ...extra }, spec });
  const team = (i: number) => `team-${i % groups}`;
  const word = (i: number) => words[i % words.length]!;
  for (let i = 0; i < groups; i++) yield doc("Group", team(i), { type: "team", profile: { displayName: `Team ${i}` }, children: [] });
  for (let i = 0; i < systems; i++) yield doc("System", `system-${i}`, { owner: team(i) }, { description: `The ${word(i)} system` });
  for (let i = 0; i < apis; i++) yield doc("API", `api-${i}`, { type: "openapi", lifecycle: "production", owner: team(i), system: `system-${i % systems}`, definition: `openapi: 3.0.0\ninfo: {title: api-${i}, version: 1.0.0}\npaths: {}\n` });
  for (let i = 0; i < resources; i++) yield doc("Resource", `db-${i}`, { type: "database", owner: team(i), system: `system-${i % systems}` });
  for (let i = 0; i < components; i++) {
    yield doc(
      "Component",
      `svc-${i}`,
      {
        type: i % 7 ? "service" : "website",
        lifecycle: i % 5 ? "production" : "experimental",
        owner: team(i),
        system: `system-${i % systems}`,
        providesApis: [`api-${i % apis}`],
        consumesApis: [`api-${(i * 7 + 3) % apis}`],
        dependsOn: [`resource:db-${i % resources}`, `component:svc-${(i + 1) % components}`],
      },
      { title: `Service ${i}`, description: `Handles ${word(i)} and ${word(i * 3 + 1)} for region ${i % 13}`, tags: [i % 2 ? "java" : "go", word(i)] },
    );
  }
}

function writeCatalog(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  let file = 0;
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) fs.writeFileSync(path.join(dir, `catalog-${file++}.yaml`), chunk.join("---\n"));
    chunk = [];
  };
  for (const d of generate()) {
    chunk.push(stringify(d));
    if (chunk.length === 2000) flush();
  }
  flush();
}

/** RSS of a process tree in MB (the launcher and the server), and of its largest process. */
function rss(rootPid: number) {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const tree: number[] = [];
  const walk = (pid: number) => (tree.push(pid), (children.get(pid) ?? []).forEach(walk));
  walk(rootPid);
  const sizes = tree.map((pid) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  });
  return { total: sizes.reduce((a, b) => a + b, 0), server: Math.max(...sizes) };
}


ensureBuild();

const root = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "flightdeck-bench-catalog-"));
const reuse = !!keep && !usePostgres && fs.existsSync(path.join(root, "token"));
const dbName = `fd_bench_catalog_${Math.random().toString(36).slice(2, 8)}`;
const databaseUrl = usePostgres ? pgUrl(dbName) : `file:${path.join(root, "data", "flightdeck.db")}`;
if (usePostgres) await pgAdmin((c) => c.query(`CREATE DATABASE ${dbName}`));
const env = benchEnv(root, databaseUrl, await freePort());
let portal: Portal | undefined;
try {
  let importMs = NaN;
  let importWall = NaN;
  let token: string;
  if (reuse) {
    token = fs.readFileSync(path.join(root, "token"), "utf8");
    console.log(`bench: reusing the database in ${root}`);
  } else {
    console.log(`bench: generating ${N} entities (${components} components, ${apis} APIs, ${resources} resources, ${systems} systems, ${groups} groups)`);
    writeCatalog(path.join(root, "catalog"));
    cli(env, "db", "migrate");
    cli(env, "user", "create", "--email", "bench@example.test", "--name", "Bench", "--role", "admin");
    const started = performance.now();
    const out = cli(env, "catalog", "import", path.join(root, "catalog"));
    importWall = performance.now() - started;
    const summary = out.trim().split("\n").at(-1)!;
    importMs = Number(/in (\d+) ms/.exec(summary)?.[1] ?? NaN);
    console.log(`bench: import: ${summary} (process wall time ${importWall.toFixed(0)} ms)`);
    token = cli(env, "token", "create", "--user", "bench@example.test", "--scope", "read").trim();
    if (keep) fs.writeFileSync(path.join(root, "token"), token);
  }

  portal = await startPortal(env);
  const { base } = portal;
  const rand = (n: number) => Math.floor(Math.random() * n);
  const password = "bench-password-1234";
  const email = `bench-ui-${crypto.randomBytes(4).toString("hex")}@example.test`;
  cli(env, "user", "create", "--email", email, "--name", "Bench UI", "--role", "developer", "--password", password);
  const api = { authorization: `Bearer ${token}` };
  const browser = { cookie: await sessionCookie(base, email, password) };
  const scenarios: Scenario[] = [
    ["list kind+owner, limit 50", api, () => `/api/v1/entities?kind=component&owner=team-${rand(groups)}&limit=50`],
    ["text search q, limit 50", api, () => `/api/v1/entities?q=${words[rand(words.length)]}%20and&limit=50`],
    ["get by ref", api, () => `/api/v1/entities/component/default/svc-${rand(components)}`],
    ["catalog page HTML, kind+owner", browser, () => `/catalog?kind=component&owner=team-${rand(groups)}`],
    ["catalog page HTML, text search", browser, () => `/catalog?q=${words[rand(words.length)]}%20and`],
  ];
  const table = await measure(base, scenarios, { connections: CONNECTIONS, duration: DURATION });
  const memory = rss(portal.pid);
  const js = await firstLoadJs(base, "/catalog?kind=component", browser);
  console.log(`\nCatalog at ${N} entities, ${provider}, ${os.cpus().length} cores, node ${process.version}, ${CONNECTIONS} connections × ${DURATION} s\n`);
  console.log(table);
  console.log(`\n| import ${N} entities (in-process) | CLI wall time | server RSS | process tree RSS | catalog page first-load JS |\n|---:|---:|---:|---:|---:|`);
  console.log(`| ${importMs} ms | ${importWall.toFixed(0)} ms | ${memory.server.toFixed(0)} MB | ${memory.total.toFixed(0)} MB | ${js.kb.toFixed(1)} KB gzip (${js.scripts} scripts) |`);
} finally {
  await portal?.stop();
  if (usePostgres) await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)).catch(() => {});
  if (!keep) fs.rmSync(root, { recursive: true, force: true });
}
