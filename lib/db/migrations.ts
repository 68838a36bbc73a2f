// Which migrations exist on disk for a provider, and which the database has applied.
// `prisma migrate deploy` applies them (npm run db:migrate); this only reads.
import fs from "node:fs";
import path from "node:path";
import { migrationsPath, type Provider } from "./url";

export function migrationsOnDisk(provider: Provider): string[] {
  const dir = path.resolve(migrationsPath[provider]);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

type Queryable = { $queryRawUnsafe<T>(sql: string): Promise<T> };

export async function appliedMigrations(db: Queryable): Promise<string[]> {
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    return rows.map((r) => r.migration_name);
  } catch {
    return []; // no migrations table yet: nothing applied
  }
}

export async function migrationState(db: Queryable, provider: Provider) {
  const applied = new Set(await appliedMigrations(db));
  const all = migrationsOnDisk(provider);
  const pending = all.filter((m) => !applied.has(m));
  return { current: all.filter((m) => applied.has(m)).at(-1) ?? null, applied: applied.size, pending };
}
