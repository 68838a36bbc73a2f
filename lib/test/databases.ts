// Test databases: one migrated template per provider per run (through `prisma migrate deploy`,
// the same path production takes), then a cheap copy for every test file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const PG_ADMIN_URL = process.env.FLIGHTDECK_TEST_PG_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

export function pgUrl(database: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function pgAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function migrate(url: string) {
  try {
    execFileSync("npx", ["prisma", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: "pipe",
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`prisma migrate deploy failed for ${url}:\n${e.stdout}\n${e.stderr}`);
  }
}

export const runId = `${process.pid}_${Date.now().toString(36)}`;

export async function createTemplate(provider: string): Promise<string> {
  if (provider === "sqlite") {
    const file = path.join(os.tmpdir(), `flightdeck-template-${runId}.db`);
    migrate(`file:${file}`);
    return file;
  }
  const name = `fd_tpl_${runId}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  migrate(pgUrl(name));
  return name;
}

/** Drop the template and every copy a test file left behind. */
export async function dropTemplate(provider: string, template: string) {
  if (provider === "sqlite") {
    const dir = path.dirname(template);
    const base = path.basename(template, ".db");
    for (const f of fs.readdirSync(dir)) if (f.startsWith(base)) fs.rmSync(path.join(dir, f), { force: true });
    return;
  }
  await pgAdmin(async (c) => {
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${template}%`]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  });
}

export async function dropClone(provider: string, url: string) {
  if (provider === "sqlite") {
    const file = url.slice("file:".length);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    return;
  }
  const name = new URL(url).pathname.slice(1);
  await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** A fresh, migrated database for one test file; returns its URL. */
export async function cloneTemplate(provider: string, template: string, label: string): Promise<string> {
  const id = `${label.replace(/\W+/g, "_").slice(0, 20)}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase();
  if (provider === "sqlite") {
    const file = template.replace(/\.db$/, `-${id}.db`);
    fs.copyFileSync(template, file);
    return `file:${file}`;
  }
  const name = `${template}_${id}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return pgUrl(name);
}
