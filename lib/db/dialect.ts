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
