// Prisma CLI configuration: the JS engine with driver adapters, so nothing is downloaded.
// The schema and migrations folder follow DATABASE_URL's provider (SQLite by default).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl, migrationsPath, providerOf, schemaPath, sqlitePath } from "./lib/db/url";

const url = databaseUrl();
// Without DATABASE_URL the CLI falls back to the native engine and tries to download it.
process.env.DATABASE_URL = url;
const provider = providerOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaPath[provider],
  migrations: { path: migrationsPath[provider] },
  async adapter() {
    if (provider === "sqlite") {
      fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
      const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
      return new PrismaBetterSQLite3({ url });
    }
    const pg = await import("pg");
    patchPgCatalogTypes(pg.default);
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  },
});

// prisma/orm#27403: adapter-pg 6.19 cannot deserialize the `name` (19) and `"char"` (18)
// columns the schema engine reads from pg_catalog. Report them as text (25); CLI only.
function patchPgCatalogTypes(pg: { Client: { prototype: unknown } }) {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown; __fd?: boolean };
  if (proto.__fd) return;
  proto.__fd = true;
  const original = proto.query;
  const fix = (res: { fields?: { dataTypeID: number }[] } | undefined) => {
    for (const f of res?.fields ?? []) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
    return res;
  };
  proto.query = function (this: unknown, ...args: unknown[]) {
    const cb = args[args.length - 1];
    if (typeof cb === "function") {
      args[args.length - 1] = (err: unknown, res: never) => cb(err, fix(res));
      return original.apply(this, args);
    }
    const out = original.apply(this, args) as unknown;
    return out instanceof Promise ? out.then(fix) : out;
  };
}
