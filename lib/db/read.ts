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
import { metrics } from "../metrics";
import { databaseUrl, providerOf, sqlitePath } from "./url";

type Rows = Record<string, unknown>[];
type Reader = { all(sql: string, params: unknown[], scans: boolean): Promise<Rows>; search(search: EntitySearch): Promise<Rows>; close(): Promise<void>; failed?: () => boolean };

/**
 * A text search over the entities in name order, the catalog's costliest read. `fallback` is the
 * whole query as SQL (with the searchText test). On SQLite the worker answers from its in-memory
 * index instead when that is current: it finds the matching entities after `after` (a (name, id)
 * cursor) in order, forward or backward, keeps those `select` returns (the ids among a JSON array
 * of ids, `json_each(?)`, that pass the other filters) until it has `limit`, and `read` returns
 * their rows in that order (its one parameter: the JSON array of ids).
 */
export type EntitySearch = {
  q: string;
  forward: boolean;
  after: [name: string, id: string] | null;
  limit: number;
  select: { sql: string; params: unknown[] };
  read: string;
  fallback: { sql: string; params: unknown[] };
};

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
  const reader: Reader = {
    failed: () => scanner?.failed() ?? false,
    async close() {
      conn.close();
      await scanner?.close();
    },
    async search(search) {
      const { select, fallback, read } = search;
      const answer = await (scanner ??= scanWorker(url)).post({ search: { ...search, select: bind(select), fallback: bind(fallback) } });
      metrics.catalogSearches.inc({ via: answer.via! });
      // The worker sends ids, not rows: a few bytes across threads, and the rows come from this
      // thread's connection by primary key.
      return answer.ids ? (answer.ids.length ? reader.all(read, [JSON.stringify(answer.ids)], false) : []) : answer.rows!;
    },
    async all(sql, params, scans) {
      if (scans) return (await (scanner ??= scanWorker(url)).post({ sql, params: params.map(toSqlite) })).rows!;
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
      return statement.all(...params.map(toSqlite)) as Rows;
    },
  };
  return reader;
}

function scanWorker(url: string) {
  const worker = new Worker(SQLITE_WORKER, { eval: true, workerData: { path: sqlitePath(url) } });
  worker.unref();
  type Answer = { rows?: Rows; ids?: string[]; via?: "index" | "sql" };
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failed: Error | null = null;
  const failAll = (error: Error) => {
    failed = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on("message", ({ id, error, ...answer }: Answer & { id: number; error?: { message: string; code?: string } }) => {
    const p = pending.get(id);
    pending.delete(id);
    if (!pending.size) worker.unref();
    if (error) p?.reject(Object.assign(new Error(error.message), { code: error.code }));
    else p?.resolve(answer);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the SQLite read worker stopped (exit code ${code})`)));
  return {
    failed: () => failed !== null,
    close: () => worker.terminate(),
    post(message: { sql: string; params: unknown[] } | { search: EntitySearch }): Promise<Answer> {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        if (pending.size === 1) worker.ref();
        worker.postMessage({ id, ...message });
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
const prepare = (sql) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
  return statement;
};

// Text search. The index: every entity's searchText, in (name, id) order as the Entity index
// keeps it, joined by SEP into one UTF-8 buffer, with where each row starts. indexOf over it
// finds matches in name order (at 100k entities ~0.5 ms where SQLite's walk of the index takes
// 3-20 ms); then SQLite reads only the matching rows, applying the other filters.
// EntitySearchGeneration moves with every change to what it holds (a trigger on Entity), so
// the index is used only while its generation is the database's; otherwise the search runs as
// SQL and the index is rebuilt in the background, in pages, between other requests.
const SEP = "\\u0001";
const PAGE = 5000;
let index = null;
let building = false;
const generation = () => {
  try {
    return prepare('SELECT "value" FROM "EntitySearchGeneration" WHERE "id" = 1').pluck().get() ?? null;
  } catch {
    return null; // not migrated yet: search runs as SQL
  }
};

// Strings packed into one UTF-8 buffer, each followed by SEP, with the byte offset where each
// starts: outside the JavaScript heap, exactly as large as the text, and freed whole. Each
// string is copied in as it is read, so the heap only ever holds the row being read.
function packer() {
  const chunks = [], starts = [0];
  let chunk = Buffer.allocUnsafe(1 << 20), used = 0, bytes = 0;
  return {
    push(s) {
      const size = Buffer.byteLength(s) + 1;
      if (used + size > chunk.length) {
        chunks.push(chunk.subarray(0, used));
        (chunk = Buffer.allocUnsafe(Math.max(1 << 20, size))), (used = 0);
      }
      used += chunk.write(s, used);
      chunk[used++] = 1; // SEP
      starts.push((bytes += size));
    },
    done: () => ({ bytes: Buffer.concat([...chunks, chunk.subarray(0, used)], bytes), starts: Int32Array.from(starts) }),
  };
}
const at = (packed, i) => packed.bytes.toString("utf8", packed.starts[i], packed.starts[i + 1] - 1);
const countOf = (packed) => packed.starts.length - 1;

function build() {
  if (building) return;
  const from = generation();
  if (from === null) return;
  building = true;
  const page = prepare('SELECT "name", "id", "searchText" FROM "Entity" WHERE ("name", "id") > (?, ?) ORDER BY "name", "id" LIMIT ' + PAGE).raw();
  const names = packer(), ids = packer(), texts = packer();
  let last = ["", ""]; // before every entity: no entity has an empty id
  const step = () => {
    try {
      // A change part-way means these pages are not one snapshot: drop them; the next search starts again.
      if (generation() !== from) return void (building = false);
      let read = 0;
      for (const row of page.iterate(last[0], last[1])) {
        names.push(row[0]), ids.push(row[1]), texts.push(row[2]);
        (last = row), read++;
      }
      if (read === PAGE) return void setImmediate(step);
      if (generation() !== from) return void (building = false);
      index = { generation: from, texts: texts.done(), names: names.done(), ids: ids.done() };
      building = false;
    } catch {
      building = false;
    }
  };
  step();
}

// The first row after (name, id) in index order (upper bound), or the first row at or after it (lower bound).
function bound(name, id, upper) {
  let lo = 0, hi = countOf(index.ids);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const n = at(index.names, mid);
    const i = n === name ? at(index.ids, mid) : "";
    const c = n < name ? -1 : n > name ? 1 : i < id ? -1 : i > id ? 1 : 0;
    if (c < 0 || (upper && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The row holding a byte offset of the index text.
function rowAt(offset) {
  const starts = index.texts.starts;
  let lo = 0, hi = starts.length - 1;
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid;
  }
  return lo;
}

// Matching rows after the cursor, in order, their other filters checked by SQL in growing batches.
function* matches(q, forward, after) {
  const { bytes: text, starts } = index.texts;
  q = Buffer.from(q); // UTF-8, as SQLite's instr() compares it
  if (forward) {
    let from = starts[after ? bound(after[0], after[1], true) : 0];
    for (let hit; (hit = text.indexOf(q, from)) >= 0; ) {
      const row = rowAt(hit);
      yield row;
      from = starts[row + 1];
    }
  } else {
    const end = after ? bound(after[0], after[1], false) : countOf(index.ids);
    if (end === 0) return;
    for (let from = starts[end] - 1, hit; (hit = text.lastIndexOf(q, from)) >= 0; ) {
      const row = rowAt(hit);
      yield row;
      if (row === 0) return;
      from = starts[row] - 1;
    }
  }
}

function search({ q, forward, after, limit, select, fallback }) {
  const ready = index !== null && q !== "" && !q.includes(SEP) && generation() === index.generation;
  if (!ready) {
    build();
    return { rows: prepare(fallback.sql).all(...fallback.params), via: "sql" };
  }
  const statement = prepare(select.sql).pluck();
  const out = [];
  let batch = [];
  let size = Math.max(limit, 32);
  const flush = () => {
    const kept = new Set(statement.all(JSON.stringify(batch), ...select.params));
    for (const id of batch) if (kept.has(id) && out.push(id) === limit) return true;
    batch = [];
    size *= 4;
    return false;
  };
  for (const row of matches(q, forward, after)) {
    batch.push(at(index.ids, row));
    if (batch.length === size && flush()) return { ids: out, via: "index" };
  }
  if (batch.length) flush();
  return { ids: out, via: "index" };
}
// One read transaction: the generation check and the rows read are one snapshot.
const searchInSnapshot = conn.transaction(search);

parentPort.on("message", ({ id, sql, params, search }) => {
  try {
    parentPort.postMessage({ id, ...(search ? searchInSnapshot(search) : { rows: prepare(sql).all(...params) }) });
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
  const reader: Reader = {
    close: () => pool.end(),
    async search({ fallback }) {
      metrics.catalogSearches.inc({ via: "sql" });
      return reader.all(fallback.sql, fallback.params, true);
    },
    async all(sql, params) {
      let named = texts.get(sql);
      if (!named) {
        let n = 0;
        const text = sql.replace(/\?/g, () => `$${++n}`);
        texts.set(sql, (named = { name: `fd_${crypto.createHash("sha1").update(text).digest("hex").slice(0, 16)}`, text }));
      }
      return (await pool.query({ ...named, values: params })).rows as Rows;
    },
  };
  return reader;
}

const bind = ({ sql, params }: { sql: string; params: unknown[] }) => ({ sql, params: params.map(toSqlite) });

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
export function readRows(sql: string, params: unknown[] = [], options: { scans?: boolean } = {}): Promise<Rows> {
  return reader().all(sql, params, options.scans ?? false);
}

/** Rows of a text search over the entities in name order (see EntitySearch). */
export function searchEntityRows(search: EntitySearch): Promise<Rows> {
  return reader().search(search);
}

export type ColumnTypes = { json?: readonly string[]; date?: readonly string[]; bool?: readonly string[] };

/** A raw row in the shape Prisma returns: Json parsed, DateTime a Date, Boolean a boolean. */
export function decodeRow<T = Record<string, unknown>>(row: Record<string, unknown>, types: ColumnTypes): T {
  for (const c of types.json ?? []) if (typeof row[c] === "string") row[c] = JSON.parse(row[c]);
  for (const c of types.date ?? []) if (row[c] !== null && row[c] !== undefined && !(row[c] instanceof Date)) row[c] = new Date(row[c] as string);
  for (const c of types.bool ?? []) if (row[c] !== null && row[c] !== undefined) row[c] = row[c] === true || row[c] === 1;
  return row as T;
}
