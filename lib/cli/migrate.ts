// Apply pending migrations with Prisma's own `migrate deploy` (prisma.config.ts picks the
// provider's schema and migrations from DATABASE_URL).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { databaseUrl, providerOf, sqlitePath } from "../db/url";

const require = createRequire(import.meta.url);

export function migrate() {
  const url = databaseUrl();
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (providerOf(url) === "sqlite") {
    // WAL lets the web server read while a worker writes; the setting stays with the file.
    const file = new Database(sqlitePath(url));
    file.pragma("journal_mode = WAL");
    file.close();
  }
}
