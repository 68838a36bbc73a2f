// The few places where SQLite and PostgreSQL differ, kept in one module.
import { databaseUrl, providerOf } from "./url";

const provider = () => providerOf(process.env.DATABASE_URL || databaseUrl());

/**
 * A case-insensitive `contains` filter. SQLite's LIKE already ignores ASCII case; PostgreSQL
 * needs `mode: "insensitive"`, which the SQLite client's types don't know.
 */
export function containsText(value: string): { contains: string } {
  return provider() === "postgresql" ? ({ contains: value, mode: "insensitive" } as { contains: string }) : { contains: value };
}

/** The n-th (1-based) parameter placeholder in raw SQL: `?` on SQLite, `$n` on PostgreSQL. */
export function sqlParam(n: number): string {
  return provider() === "postgresql" ? `$${n}` : "?";
}

export function isPostgres(): boolean {
  return provider() === "postgresql";
}

/**
 * Refresh the query planner's statistics after a bulk change. SQLite has no autovacuum: without
 * statistics it can pick an index that avoids a sort over one that finds 300 rows among 100k
 * (a facet count: 57 ms instead of 0.2 ms). `analysis_limit` samples, so this stays ~0.1 s at
 * 100k entities. PostgreSQL's autovacuum would get there too, later.
 */
export async function refreshPlannerStats(db: { $queryRawUnsafe(sql: string): Promise<unknown>; $executeRawUnsafe(sql: string): Promise<number> }) {
  if (isPostgres()) {
    await db.$executeRawUnsafe(`ANALYZE "Entity", "EntityTag", "EntityRelation"`);
    return;
  }
  await db.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
  await db.$executeRawUnsafe("ANALYZE");
}
