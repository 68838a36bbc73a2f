// npm run db:new-migration -- <name> - write the same migration for SQLite and PostgreSQL.
// `prisma migrate dev` cannot run with driver adapters, so each migration is the diff between
// the schema at the last migration (a snapshot kept beside the migrations) and the schema now.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrationsPath, schemaPath } from "../lib/db/url";
import { postgresSchema, readCanonical } from "./db-schema";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}
fs.writeFileSync(schemaPath.postgresql, postgresSchema(readCanonical()));
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
// The PostgreSQL diff opens a connection through the adapter, though it changes nothing.
const urls = {
  sqlite: "file:./data/generate.db",
  postgresql: process.env.FLIGHTDECK_TEST_PG_URL || "postgresql://postgres@127.0.0.1:5432/postgres",
};

for (const provider of ["sqlite", "postgresql"] as const) {
  const dir = migrationsPath[provider];
  const snapshot = path.join(dir, "schema.snapshot.prisma");
  fs.mkdirSync(dir, { recursive: true });
  const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schemaPath[provider], "--script"],
    { env: { ...process.env, DATABASE_URL: urls[provider] }, encoding: "utf8" },
  );
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const target = path.join(dir, `${stamp}_${name}`);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, "migration.sql"), sql);
  fs.writeFileSync(path.join(dir, "migration_lock.toml"), `provider = "${provider}"\n`);
  fs.copyFileSync(schemaPath[provider], snapshot);
  console.log(`${provider}: wrote ${target}/migration.sql`);
}
