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
type Reader = {
  all(sql: string, params: unknown[], scans: boolean): Promise<Rows>;
  search(search: EntitySearch): Promise<Rows>;
  matching(matching: MatchingQuery): Promise<Rows>;
  close(): Promise<void>;
  failed?: () => boolean;
};
type Query = { sql: string; params: unknown[] };

/**
 * A text search over the entities in name order, the catalog's costliest read. `fallback` is the
 * whole query as SQL (with the searchText test). A read worker (SQLite's scan worker, or one of
 * its own on PostgreSQL) answers from its in-memory index instead when that is current: it finds
 * the matching entities after `after` (a (name, id) cursor) in order, forward or backward, keeps
 * those `select` returns (the ids among a JSON array of ids, its first parameter, that pass the
 * other filters) until it has `limit`, and `read` returns their rows in that order (its one
 * parameter: the JSON array of ids).
 */
/**
 * A statement over every entity whose searchText contains `q` (a facet count under a search):
 * `query`'s first parameter is the JSON array of their ids, which the read worker takes from its
 * search index when that is current; otherwise `fallback` (the same with the searchText test)
 * runs as SQL.
 */
export type MatchingQuery = { q: string; query: Query; fallback: Query };

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
  let scanner: ReturnType<typeof readWorker> | null = null;
  const reader: Reader = {
    failed: () => scanner?.failed() ?? false,
    async close() {
      conn.close();
      await scanner?.close();
    },
    async search(search) {
      const { select, fallback, read } = search;
      const answer = await (scanner ??= sqliteWorker(url)).post({ search: { ...search, select: bind(select), fallback: bind(fallback) } });
      // The worker sends ids, not rows: a few bytes across threads, and the rows come from this
      // thread's connection by primary key.
      return searchAnswer(answer, () => reader.all(fallback.sql, fallback.params, true), (ids) => reader.all(read, [ids], false));
    },
    async matching(matching) {
      const { query, fallback } = matching;
      const answer = await (scanner ??= sqliteWorker(url)).post({ matching: { ...matching, query: bind(query), fallback: bind(fallback) } });
      return searchAnswer(answer, () => reader.all(fallback.sql, fallback.params, true));
    },
    async all(sql, params, scans) {
      if (scans) return (await (scanner ??= sqliteWorker(url)).post({ sql, params: params.map(toSqlite) })).rows!;
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
      return statement.all(...params.map(toSqlite)) as Rows;
    },
  };
  return reader;
}

type Answer = { rows?: Rows; ids?: string[]; via?: "index" | "sql" };

/** A search's rows from a worker's answer: the rows it sent, the search run as SQL, or its ids read through `read` (a JSON array). */
async function searchAnswer(answer: Answer, fallback: () => Promise<Rows>, read?: (ids: string) => Promise<Rows>): Promise<Rows> {
  metrics.catalogSearches.inc({ via: answer.via! });
  if (answer.ids && read) return answer.ids.length ? read(JSON.stringify(answer.ids)) : [];
  return answer.rows ?? fallback();
}

const sqliteWorker = (url: string) => readWorker(`${SEARCH_INDEX}\n${SQLITE_WORKER}`, { path: sqlitePath(url) });
const postgresWorker = (url: string) => readWorker(`${SEARCH_INDEX}\n${POSTGRES_WORKER}`, { url });

/** A worker thread from source (run with `eval`, so the server's bundler leaves it alone), asked and answered by message. */
function readWorker(source: string, workerData: unknown) {
  const worker = new Worker(source, { eval: true, workerData });
  worker.unref();
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
  worker.on("exit", (code) => failAll(new Error(`a read worker stopped (exit code ${code})`)));
  return {
    failed: () => failed !== null,
    close: () => worker.terminate(),
    post(message: Query | { search: EntitySearch } | { matching: MatchingQuery }): Promise<Answer> {
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

// The workers' sources. Modules (better-sqlite3, pg) are resolved from the working directory,
// as the server's own require does.
//
// The search index, shared by both: every entity's searchText, in (name, id) order as the
// database's index keeps it, joined by SEP into one UTF-8 buffer, with where each row starts.
// indexOf over it finds matches in name order (at 100k entities ~0.5 ms where the database's walk
// of its index takes 3-50 ms); then the database reads only the matching rows, applying the
// other filters. EntitySearchGeneration moves with every committed change to what it holds
// (triggers on Entity), so an index is used only while its generation is the database's;
// otherwise the search runs as SQL and the index is rebuilt in the background, in pages,
// between other requests.
const SEARCH_INDEX = `
const SEP = "\\u0001";
const PAGE = 5000;
let index = null;
let building = false;

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
const compare = (n1, i1, n2, i2) => (n1 < n2 ? -1 : n1 > n2 ? 1 : i1 < i2 ? -1 : i1 > i2 ? 1 : 0);

// Rows (name, id, searchText) added in the database's order. The cursor search below compares
// names as JavaScript does, so an index whose rows the database ordered otherwise (a collation
// that is not code point order) is refused: search stays SQL until the generation moves.
function collector(generation) {
  const names = packer(), ids = packer(), texts = packer();
  let last = null, ordered = true;
  return {
    generation,
    add(row) {
      if (last && compare(last[0], last[1], row[0], row[1]) >= 0) ordered = false;
      names.push(row[0]), ids.push(row[1]), texts.push(row[2]);
      last = row;
    },
    last: () => (last ? [last[0], last[1]] : ["", ""]), // before every entity: no entity has an empty id
    done: () => (ordered ? { generation, texts: texts.done(), names: names.done(), ids: ids.done() } : { generation, refused: true }),
  };
}

// The first row after (name, id) in index order (upper bound), or the first row at or after it (lower bound).
function bound(ix, name, id, upper) {
  let lo = 0, hi = countOf(ix.ids);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const n = at(ix.names, mid);
    const c = compare(n, n === name ? at(ix.ids, mid) : "", name, id);
    if (c < 0 || (upper && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The row holding a byte offset of the index text.
function rowAt(ix, offset) {
  const starts = ix.texts.starts;
  let lo = 0, hi = starts.length - 1;
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid;
  }
  return lo;
}

// The ids of the matching rows after the cursor, in order.
function* matches(ix, q, forward, after) {
  const { bytes: text, starts } = ix.texts;
  q = Buffer.from(q); // UTF-8, as the database compares it
  if (forward) {
    let from = starts[after ? bound(ix, after[0], after[1], true) : 0];
    for (let hit; (hit = text.indexOf(q, from)) >= 0; ) {
      const row = rowAt(ix, hit);
      yield at(ix.ids, row);
      from = starts[row + 1];
    }
  } else {
    const end = after ? bound(ix, after[0], after[1], false) : countOf(ix.ids);
    if (end === 0) return;
    for (let from = starts[end] - 1, hit; (hit = text.lastIndexOf(q, from)) >= 0; ) {
      const row = rowAt(ix, hit);
      yield at(ix.ids, row);
      if (row === 0) return;
      from = starts[row] - 1;
    }
  }
}

const searchable = (q) => q !== "" && !q.includes(SEP);
// The ids of every matching row as a JSON array, kept for the last index and query: the facet
// counts beside one search all ask for the same set.
let lastMatches = { ix: null, q: null, json: "[]" };
function allMatches(ix, q) {
  if (lastMatches.ix !== ix || lastMatches.q !== q) lastMatches = { ix, q, json: JSON.stringify([...matches(ix, q, true, null)]) };
  return lastMatches.json;
}
// Batches of matching ids checked against the other filters, growing: a first batch the size of
// the page, then 4x each time the filters kept too few.
const batchSizes = (limit) => { let size = Math.max(limit, 32) / 4; return () => (size *= 4); };
`;

// SQLite: one read-only connection, its own from the server's. The index is built in
// synchronous pages between messages; a search checks the generation and the filters in one read
// transaction, so what it answers is one snapshot.
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
const generation = () => {
  try {
    return prepare('SELECT "value" FROM "EntitySearchGeneration" WHERE "id" = 1').pluck().get() ?? null;
  } catch {
    return null; // not migrated yet: search runs as SQL
  }
};

function build() {
  if (building) return;
  const from = generation();
  if (from === null) return;
  building = true;
  const page = prepare('SELECT "name", "id", "searchText" FROM "Entity" WHERE ("name", "id") > (?, ?) ORDER BY "name", "id" LIMIT ' + PAGE).raw();
  const rows = collector(from);
  const step = () => {
    try {
      // A change part-way means these pages are not one snapshot: drop them; the next search starts again.
      if (generation() !== from) return void (building = false);
      let read = 0;
      for (const row of page.iterate(...rows.last())) rows.add(row), read++;
      if (read === PAGE) return void setImmediate(step);
      if (generation() !== from) return void (building = false);
      index = rows.done();
      building = false;
    } catch {
      building = false;
    }
  };
  step();
}

// The index a search may use, or null (it runs as SQL); starts a rebuild when it is not current.
function usable(q) {
  const current = index !== null && generation() === index.generation;
  if (!current) build();
  return current && !index.refused && searchable(q) ? index : null;
}
const asSql = ({ sql, params }) => ({ rows: prepare(sql).all(...params), via: "sql" });

function search({ q, forward, after, limit, select, fallback }) {
  const ix = usable(q);
  if (!ix) return asSql(fallback);
  const statement = prepare(select.sql).pluck();
  const next = batchSizes(limit);
  const out = [];
  let batch = [], size = next();
  const flush = () => {
    const kept = new Set(statement.all(JSON.stringify(batch), ...select.params));
    for (const id of batch) if (kept.has(id) && out.push(id) === limit) return true;
    (batch = []), (size = next());
    return false;
  };
  for (const id of matches(ix, q, forward, after)) {
    batch.push(id);
    if (batch.length === size && flush()) return { ids: out, via: "index" };
  }
  if (batch.length) flush();
  return { ids: out, via: "index" };
}
function matching({ q, query, fallback }) {
  const ix = usable(q);
  if (!ix) return asSql(fallback);
  return { rows: prepare(query.sql).all(allMatches(ix, q), ...query.params), via: "index" };
}

// One read transaction each: the generation check and the rows read are one snapshot.
const searchInSnapshot = conn.transaction(search);
const matchingInSnapshot = conn.transaction(matching);

parentPort.on("message", ({ id, sql, params, search, matching }) => {
  try {
    const answer = search ? searchInSnapshot(search) : matching ? matchingInSnapshot(matching) : { rows: prepare(sql).all(...params) };
    parentPort.postMessage({ id, ...answer });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code } });
  }
});
`;

// PostgreSQL: a worker that only searches, with a connection or two of its own. Every statement
// also reads the generation, which makes it one snapshot with the rows it reads: the index pages
// must all see the same generation, and a search's filter check must see the index's. When
// either does not, the server's thread runs the search as SQL (it decodes rows; this only sends
// ids) and the index is rebuilt.
const POSTGRES_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const pg = require("pg");
const pool = new pg.Pool({ connectionString: workerData.url, max: 2, allowExitOnIdle: true });
pool.on("error", () => {});
const numbered = (sql) => { let n = 0; return sql.replace(/\\?/g, () => "$" + ++n); };
const query = async (sql, values, objects = false) => (await pool.query({ text: numbered(sql), values, ...(!objects && { rowMode: "array" }) })).rows;
const GENERATION = '(SELECT "value" FROM "EntitySearchGeneration" WHERE "id" = 1)';
class Stale extends Error {}

async function build() {
  if (building) return;
  building = true;
  try {
    let rows = null;
    for (;;) {
      const last = rows ? rows.last() : ["", ""];
      const page = await query('SELECT "name", "id", "searchText", ' + GENERATION + ' FROM "Entity" WHERE ("name", "id") > (?, ?) ORDER BY "name", "id" LIMIT ' + PAGE, last);
      const generation = page.length ? page[0][3] : (await query("SELECT " + GENERATION))[0][0];
      // A change part-way means these pages are not one snapshot: drop them; the next search starts again.
      if (rows && generation !== rows.generation) return;
      rows ??= collector(generation);
      for (const row of page) rows.add(row);
      if (page.length < PAGE) break;
      await new Promise(setImmediate);
    }
    index = rows.done();
  } catch {
    // not migrated yet, or the database went away: search stays SQL, and the next one tries again
  } finally {
    building = false;
  }
}

// The index a search may use, or none (it runs as SQL); starts a rebuild when there is none.
async function usable(q) {
  const ix = index; // a rebuild may replace it while this search waits on the database
  if (ix === null) return void build();
  if (ix.refused) {
    if ((await query("SELECT " + GENERATION))[0][0] !== ix.generation) (index = null), void build();
    return;
  }
  if (searchable(q)) return ix;
}
function stale(ix) {
  if (index === ix) index = null;
  void build();
}

async function search({ q, forward, after, limit, select }) {
  const ix = await usable(q);
  if (!ix) return;
  const statement = "SELECT " + GENERATION + ", ARRAY(" + select.sql + ")";
  const next = batchSizes(limit);
  const out = [];
  let batch = [], size = next();
  const flush = async () => {
    const [[generation, ids]] = await query(statement, [JSON.stringify(batch), ...select.params]);
    if (generation !== ix.generation) throw new Stale();
    const kept = new Set(ids);
    for (const id of batch) if (kept.has(id) && out.push(id) === limit) return true;
    (batch = []), (size = next());
    return false;
  };
  try {
    for (const id of matches(ix, q, forward, after)) {
      batch.push(id);
      if (batch.length === size && (await flush())) return out;
    }
    await flush(); // even with nothing left to check: it confirms the generation
    return out;
  } catch (error) {
    if (!(error instanceof Stale)) throw error;
    stale(ix);
  }
}

// The statement's rows beside the generation, in one statement (so one snapshot); a LEFT JOIN
// keeps the generation when there are no rows.
async function matching({ q, query: { sql, params } }) {
  const ix = await usable(q);
  if (!ix) return;
  const rows = await query('SELECT g."generation", x.* FROM (SELECT ' + GENERATION + ' AS "generation") g LEFT JOIN (' + sql + ") x ON true", [allMatches(ix, q), ...params], true);
  if (rows[0].generation !== ix.generation) return void stale(ix);
  const out = rows.map(({ generation, ...row }) => row);
  return out.length === 1 && Object.values(out[0]).every((v) => v === null) ? [] : out;
}

parentPort.on("message", async ({ id, search: s, matching: m }) => {
  try {
    if (m) {
      const rows = await matching(m);
      return parentPort.postMessage({ id, ...(rows ? { rows, via: "index" } : { via: "sql" }) });
    }
    const ids = await search(s);
    parentPort.postMessage({ id, ...(ids ? { ids, via: "index" } : { via: "sql" }) });
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
  let searcher: ReturnType<typeof readWorker> | null = null;
  const reader: Reader = {
    failed: () => searcher?.failed() ?? false,
    async close() {
      await pool.end();
      await searcher?.close();
    },
    async search(search) {
      const answer = await (searcher ??= postgresWorker(url)).post({ search });
      return searchAnswer(answer, () => reader.all(search.fallback.sql, search.fallback.params, true), (ids) => reader.all(search.read, [ids], false));
    },
    async matching(matching) {
      const answer = await (searcher ??= postgresWorker(url)).post({ matching });
      return searchAnswer(answer, () => reader.all(matching.fallback.sql, matching.fallback.params, true));
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

/** Rows of a statement over the entities a text search matches (see MatchingQuery). */
export function readMatchingRows(matching: MatchingQuery): Promise<Rows> {
  return reader().matching(matching);
}

export type ColumnTypes = { json?: readonly string[]; date?: readonly string[]; bool?: readonly string[] };

/** A raw row in the shape Prisma returns: Json parsed, DateTime a Date, Boolean a boolean. */
export function decodeRow<T = Record<string, unknown>>(row: Record<string, unknown>, types: ColumnTypes): T {
  for (const c of types.json ?? []) if (typeof row[c] === "string") row[c] = JSON.parse(row[c]);
  for (const c of types.date ?? []) if (row[c] !== null && row[c] !== undefined && !(row[c] instanceof Date)) row[c] = new Date(row[c] as string);
  for (const c of types.bool ?? []) if (row[c] !== null && row[c] !== undefined) row[c] = row[c] === true || row[c] === 1;
  return row as T;
}
