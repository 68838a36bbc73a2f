// npm run db:check (part of npm test) - fail when the two databases could drift apart:
// the generated PostgreSQL schema is stale, a migration exists for one provider only, or
// the schema changed without a migration.
import fs from "node:fs";
import { migrationsPath, schemaPath } from "../lib/db/url";
import { postgresSchema, readCanonical } from "./db-schema";

const problems: string[] = [];
const canonical = readCanonical();

if (!fs.existsSync(schemaPath.postgresql) || fs.readFileSync(schemaPath.postgresql, "utf8") !== postgresSchema(canonical)) {
  problems.push(`${schemaPath.postgresql} is stale: run \`npm run db:generate\` and commit it`);
}

const names = (provider: "sqlite" | "postgresql") =>
  fs.readdirSync(migrationsPath[provider], { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const sqlite = new Set(names("sqlite"));
const postgres = new Set(names("postgresql"));
for (const m of sqlite) if (!postgres.has(m)) problems.push(`migration ${m} exists for SQLite but not for PostgreSQL`);
for (const m of postgres) if (!sqlite.has(m)) problems.push(`migration ${m} exists for PostgreSQL but not for SQLite`);

for (const provider of ["sqlite", "postgresql"] as const) {
  const snapshot = `${migrationsPath[provider]}/schema.snapshot.prisma`;
  const current = provider === "sqlite" ? canonical : postgresSchema(canonical);
  if (!fs.existsSync(snapshot) || fs.readFileSync(snapshot, "utf8") !== current) {
    problems.push(`prisma/schema.prisma changed since the last ${provider} migration: run \`npm run db:new-migration -- <name>\``);
  }
}

if (problems.length) {
  console.error(`db:check failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`db:check: schemas in sync, ${sqlite.size} migration(s) on both providers`);
