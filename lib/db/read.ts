// The catalog's hot read paths (list, search, get by ref) run plain SQL on the driver, with each
// statement prepared once per process. Prisma's query compiler costs more CPU per query than
// SQLite spends answering it (measured at 100k entities: ~1.5 ms against ~0.01 ms), and these
// are the requests a portal serves most. Everything that writes still goes through Prisma.
//
// The SQL is written once with `?` placeholders and double-quoted identifiers, which both
// databases accept once `?` becomes `$n` for PostgreSQL. Rows come back raw; `decodeRow` turns
// them into what Prisma would have returned (Json parsed, DateTime as Date, Boolean as boolean).
import "server-only";
import Database from "better-sqlite3";
import crypto from "node:crypto";
import pg from "pg";
import { databaseUrl, providerOf, sqlitePath } from "./url";

type Reader = { all(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>; close(): Promise<void> };

function sqliteReader(url: string): Reader {
  const conn = new Database(sqlitePath(url), { fileMustExist: true, timeout: 10_000 });
  conn.pragma("query_only = true");
  const statements = new Map<string, Database.Statement>();
  return {
    async close() {
      conn.close();
    },
    async all(sql, params) {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
      return statement.all(...params.map(toSqlite)) as Record<string, unknown>[];
    },
  };
}

function postgresReader(url: string): Reader {
  // timestamp(3) columns hold UTC without a zone (as Prisma writes them): parse them as UTC,
  // not in the server's local zone.
  const types = { getTypeParser: ((oid: number, format?: "text") => (oid === 1114 ? (v: string) => new Date(`${v.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };
  const pool = new pg.Pool({ connectionString: url, max: 5, allowExitOnIdle: true, types });
  // An idle connection the server closed (restart, failover) is dropped by the pool and
  // replaced on the next query; without a listener the error would end the process.
  pool.on("error", () => {});
  const texts = new Map<string, { name: string; text: string }>();
  return {
    close: () => pool.end(),
    async all(sql, params) {
      let named = texts.get(sql);
      if (!named) {
        let n = 0;
        const text = sql.replace(/\?/g, () => `$${++n}`);
        texts.set(sql, (named = { name: `fd_${crypto.createHash("sha1").update(text).digest("hex").slice(0, 16)}`, text }));
      }
      return (await pool.query({ ...named, values: params })).rows as Record<string, unknown>[];
    },
  };
}

function toSqlite(value: unknown): unknown {
  if (value instanceof Date) return sqliteDate(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** A DateTime as the SQLite adapter stores it, so text comparisons order it correctly. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

const globalForReader = globalThis as unknown as { flightdeckReader?: { url: string; reader: Reader } };

function reader(): Reader {
  const url = databaseUrl();
  const cached = globalForReader.flightdeckReader;
  if (cached?.url === url) return cached.reader;
  const created = providerOf(url) === "sqlite" ? sqliteReader(url) : postgresReader(url);
  globalForReader.flightdeckReader = { url, reader: created };
  return created;
}

/** Close the read connections (tests, before they drop their database). */
export async function closeReader() {
  const cached = globalForReader.flightdeckReader;
  globalForReader.flightdeckReader = undefined;
  await cached?.reader.close();
}

/** Rows of a read-only statement. Write `?` for parameters; they are bound, never spliced in. */
export function readRows(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return reader().all(sql, params);
}

export type ColumnTypes = { json?: readonly string[]; date?: readonly string[]; bool?: readonly string[] };

/** A raw row in the shape Prisma returns: Json parsed, DateTime a Date, Boolean a boolean. */
export function decodeRow<T = Record<string, unknown>>(row: Record<string, unknown>, types: ColumnTypes): T {
  for (const c of types.json ?? []) if (typeof row[c] === "string") row[c] = JSON.parse(row[c]);
  for (const c of types.date ?? []) if (row[c] !== null && row[c] !== undefined && !(row[c] instanceof Date)) row[c] = new Date(row[c] as string);
  for (const c of types.bool ?? []) if (row[c] !== null && row[c] !== undefined) row[c] = row[c] === true || row[c] === 1;
  return row as T;
}
