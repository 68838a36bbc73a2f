// Where the database is and which provider speaks to it. Shared by prisma.config.ts, the CLI
// and the app, so it must not import server-only code.
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export function dataDir(): string {
  return path.resolve(process.env.FLIGHTDECK_DATA_DIR || "data");
}

/** DATABASE_URL, or the embedded SQLite file in the data directory. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(dataDir(), "flightdeck.db")}`;
}

export function providerOf(url: string): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(":")[0]}:…"`,
  );
}

export function sqlitePath(url: string): string {
  return path.resolve(url.slice("file:".length));
}

export const schemaPath = { sqlite: "prisma/schema.prisma", postgresql: "prisma/postgresql/schema.prisma" } as const;
export const migrationsPath = { sqlite: "prisma/migrations/sqlite", postgresql: "prisma/migrations/postgresql" } as const;
