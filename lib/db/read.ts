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
import { Worker } from "node:worker_threads";
import pg from "pg";
import { databaseUrl, providerOf, sqlitePath } from "./url";

type Reader = { all(sql: string, params: unknown[], scans: boolean): Promise<Record<string, unknown>[]>; close(): Promise<void>; failed?: () => boolean };

// SQLite answers an index lookup at once, on this thread (a get by ref takes ~0.02 ms, less
// than a hop to another thread). A statement that scans (a text search over 100k entities takes
// 2-12 ms, a facet count more) goes to a worker thread with its own read-only connection: it
// never holds up the event loop, and it runs on another core while this one does HTTP and JSON.
// The worker is referenced only while a statement is pending, so a CLI command exits when done.
function sqliteReader(url: string): Reader {
  const conn = new Database(sqlitePath(url), { fileMustExist: true, timeout: 10_000 });
  conn.pragma("query_only = true");
  const statements = new Map<string, Database.Statement>();
  let scanner: ReturnType<typeof scanWorker> | null = null;
  return {
    failed: () => scanner?.failed() ?? false,
    async close() {
      conn.close();
      await scanner?.close();
    },
    async all(sql, params, scans) {
      if (scans) return (scanner ??= scanWorker(url)).all(sql, params.map(toSqlite));
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
      return statement.all(...params.map(toSqlite)) as Record<string, unknown>[];
    },
  };
}

function scanWorker(url: string) {
  const worker = new Worker(SQLITE_WORKER, { eval: true, workerData: { path: sqlitePath(url) } });
  worker.unref();
  const pending = new Map<number, { resolve: (rows: Record<string, unknown>[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failed: Error | null = null;
  const failAll = (error: Error) => {
    failed = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on("message", ({ id, rows, error }: { id: number; rows?: Record<string, unknown>[]; error?: { message: string; code?: string } }) => {
    const p = pending.get(id);
    pending.delete(id);
    if (!pending.size) worker.unref();
    if (error) p?.reject(Object.assign(new Error(error.message), { code: error.code }));
    else p?.resolve(rows!);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the SQLite read worker stopped (exit code ${code})`)));
  return {
    failed: () => failed !== null,
    close: () => worker.terminate(),
    all(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        if (pending.size === 1) worker.ref();
        worker.postMessage({ id, sql, params });
      });
    },
  };
}

// The worker's source, run with `eval` so the server's bundler leaves it alone; better-sqlite3
// is resolved from the working directory, as the server's own require does.
const SQLITE_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const conn = new Database(workerData.path, { fileMustExist: true, timeout: 10000 });
conn.pragma("query_only = true");
const statements = new Map();
parentPort.on("message", ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code } });
  }
});
`;

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
  if (cached?.url === url && !cached.reader.failed?.()) return cached.reader;
  // A reader whose scan worker died, or one for another database, is replaced: close its connections.
  void cached?.reader.close().catch(() => {});
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

/**
 * Rows of a read-only statement. Write `?` for parameters; they are bound, never spliced in.
 * `scans`: the statement may read much of a table (a text search, a count), so on SQLite it runs
 * on the worker thread instead of blocking this one.
 */
export function readRows(sql: string, params: unknown[] = [], options: { scans?: boolean } = {}): Promise<Record<string, unknown>[]> {
  return reader().all(sql, params, options.scans ?? false);
}

export type ColumnTypes = { json?: readonly string[]; date?: readonly string[]; bool?: readonly string[] };

/** A raw row in the shape Prisma returns: Json parsed, DateTime a Date, Boolean a boolean. */
export function decodeRow<T = Record<string, unknown>>(row: Record<string, unknown>, types: ColumnTypes): T {
  for (const c of types.json ?? []) if (typeof row[c] === "string") row[c] = JSON.parse(row[c]);
  for (const c of types.date ?? []) if (row[c] !== null && row[c] !== undefined && !(row[c] instanceof Date)) row[c] = new Date(row[c] as string);
  for (const c of types.bool ?? []) if (row[c] !== null && row[c] !== undefined) row[c] = row[c] === true || row[c] === 1;
  return row as T;
}
