import "server-only";
import { db as defaultDb, type Db } from "../db/client";
import { migrationState } from "../db/migrations";
import { databaseUrl, providerOf } from "../db/url";
import { log } from "../log";

/** Ready means: the database answers and has every migration this build ships. */
export async function checkHealth() {
  return checkHealthOf(defaultDb, databaseUrl());
}

export async function checkHealthOf(db: Db, url: string) {
  const provider = providerOf(url);
  try {
    await db.$queryRawUnsafe("SELECT 1");
    const migrations = await migrationState(db, provider);
    const ok = migrations.pending.length === 0;
    return { ok, body: { status: ok ? "ok" : "migrations pending", database: { provider, reachable: true, migrations } } };
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    return { ok: false, body: { status: "database unreachable", database: { provider, reachable: false, migrations: null } } };
  }
}
