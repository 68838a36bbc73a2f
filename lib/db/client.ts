// The database client, chosen at runtime from DATABASE_URL: the SQLite client for the
// embedded default, the PostgreSQL client for production. Both are generated from the same
// schema, so the SQLite client's type is used everywhere.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import fs from "node:fs";
import path from "node:path";
import { PrismaClient as PgClient } from "./generated/postgresql/client";
import { PrismaClient } from "./generated/sqlite/client";
import { databaseUrl, providerOf, sqlitePath } from "./url";

// Secrets never leave the data layer unless a query asks for them by name.
const omit = { user: { passwordHash: true }, apiToken: { tokenHash: true }, integration: { secrets: true } } as const;

function createSqlite(url: string) {
  fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  // better-sqlite3's timeout is the busy timeout: the app and a worker share the file.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }), omit });
}

export type Db = ReturnType<typeof createSqlite>;
/** A transaction client; the process-wide client also fits where a Tx is asked for. */
export type Tx = Omit<Db, "$transaction" | "$connect" | "$disconnect" | "$on" | "$extends">;

export function createDb(url = databaseUrl()): Db {
  if (providerOf(url) === "sqlite") return createSqlite(url);
  // allowExitOnIdle: a CLI command exits when done instead of waiting for idle connections.
  const client = new PgClient({ adapter: new PrismaPg({ connectionString: url, max: 10, allowExitOnIdle: true }), omit });
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { flightdeckDb?: Db };

/** The process-wide client (one per process, kept across hot reloads in development). */
export const db: Db = globalForDb.flightdeckDb ?? (globalForDb.flightdeckDb = createDb());
