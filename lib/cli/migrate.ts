// Apply pending migrations with Prisma's own `migrate deploy` (prisma.config.ts picks the
// provider's schema and migrations from DATABASE_URL).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { databaseUrl, providerOf, sqlitePath } from "../db/url";

const require = createRequire(import.meta.url);

/** Apply pending migrations; returns how many there were. */
export async function migrate(): Promise<number> {
  const url = databaseUrl();
  // `migrate deploy` costs ~11 s on PostgreSQL even with nothing to do (a timer in the WASM
  // schema engine): look first, so a warm start stays fast.
  const pending = await pendingMigrations(url);
  if (pending === 0) return 0;
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (providerOf(url) === "sqlite") {
    // WAL lets the web server read while a worker writes; the setting stays with the file.
    const file = new Database(sqlitePath(url));
    file.pragma("journal_mode = WAL");
    // New indexes are only chosen well with statistics (see refreshPlannerStats).
    file.pragma("analysis_limit = 1000");
    file.exec("ANALYZE");
    file.close();
  }
  return pending;
}

async function pendingMigrations(url: string): Promise<number> {
  const { createDb } = await import("../db/client");
  const { migrationState } = await import("../db/migrations");
  const client = createDb(url);
  try {
    return (await migrationState(client, providerOf(url))).pending.length;
  } catch {
    return Number.POSITIVE_INFINITY; // unreachable or empty: let Prisma say what is wrong
  } finally {
    await client.$disconnect();
  }
}
