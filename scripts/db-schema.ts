// The PostgreSQL schema is derived from the canonical SQLite one: only the datasource
// provider and the client's output folder differ.
import fs from "node:fs";

export const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit: change the canonical schema.\n";

export function postgresSchema(canonical: string): string {
  const out = canonical
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('"../lib/db/generated/sqlite"', '"../../lib/db/generated/postgresql"');
  if (!out.includes('"postgresql"') || !out.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma: could not find the sqlite provider or the client output line to rewrite");
  }
  return HEADER + out;
}

export function readCanonical(): string {
  return fs.readFileSync("prisma/schema.prisma", "utf8");
}
