// The catalog table: filters, text search, keyset pagination on (sort key, id) and only the
// columns asked for. A page is one indexed query, whatever the page number, run as plain SQL on
// the driver (lib/db/read.ts): this is the portal's busiest query.
import "server-only";
import type { Actor } from "../../auth/actor";
import { decodeRow, readRows, searchEntityRows } from "../../db/read";
import { AppError } from "../../errors";
import { defaultListFields, type EntityListField, type EntitySort } from "../schemas";
import { entitiesAmongIds, entitySqlWhere, normalizedQuery, type EntityFilters } from "./entity-filters";

const columnTypes = { json: ["tags", "syncErrors"], date: ["orphanedAt", "syncedAt", "updatedAt"], bool: ["isDemo"] } as const;

export type ListEntitiesOptions = EntityFilters & {
  sort?: EntitySort | undefined;
  /** Columns to return besides id and ref; defaults to the catalog table's columns. */
  fields?: EntityListField[] | undefined;
  limit: number;
  /** nextCursor of the previous page. */
  cursor?: string | undefined;
};

export type EntityListItem = { id: string; ref: string } & Partial<Record<EntityListField, unknown>>;
/** nextCursor: the page after this one; prevCursor: the page before it (null on the first page). */
export type EntityPage = { items: EntityListItem[]; nextCursor: string | null; prevCursor: string | null };

/** Any signed-in user may read the catalog, so the actor is only taken for symmetry and future rules. */
export async function listEntities(_actor: Actor, options: ListEntitiesOptions): Promise<EntityPage> {
  const sort = options.sort ?? "name";
  const column = sort.replace("-", "") as "name" | "updatedAt";
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const fields = options.fields ?? defaultListFields;
  // Column names come from a fixed list (validated by the schema), never from the request as is.
  const columns = [...new Set(["id", "ref", column, ...fields])].map((c) => `e."${c}"`).join(", ");
  const where = entitySqlWhere(options);
  // A cursor is a row's (sort key, id) and a direction: the rows after it, or the rows before
  // it (read in reverse order, then turned around).
  const at = options.cursor ? decodeCursor(options.cursor, column) : null;
  const backwards = at?.before === true;
  const forward = (direction === "asc") !== backwards;
  const op = forward ? ">" : "<";
  const keyset = at ? ` AND (e."${column}" ${op} ? OR (e."${column}" = ? AND e."id" ${op} ?))` : "";
  const order = forward ? "ASC" : "DESC";
  const sql = `SELECT ${columns} FROM "Entity" e WHERE ${where.sql}${keyset} ORDER BY e."${column}" ${order}, e."id" ${order} LIMIT ?`;
  const params = [...where.params, ...(at ? [at.value, at.value, at.id] : []), options.limit + 1];
  // A text search in name order is the search index's (lib/db/read.ts); any other text search
  // scans the name index (SQLite) or the trigram index (PostgreSQL); a filtered list is an index range.
  const raw =
    options.q === undefined
      ? await readRows(sql, params)
      : column === "name"
        ? await searchEntityRows({ q: normalizedQuery(options.q), forward, after: at ? [at.value as string, at.id] : null, limit: options.limit + 1, ...searchById(columns, options), fallback: { sql, params } })
        : await readRows(sql, params, { scans: true });
  const rows = raw.map((r) => decodeRow(r, columnTypes));
  const more = rows.length > options.limit;
  const page = rows.slice(0, options.limit);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const cursorOf = (row: Record<string, unknown> | undefined, before: boolean) => (row ? encodeCursor(row[column] as string | Date, row.id as string, before) : null);
  // Going forward there is a page before whenever we came from a cursor; going back, the page
  // we came from is after this one.
  const nextCursor = backwards || more ? cursorOf(last, false) : null;
  const prevCursor = (backwards ? more : at !== null) ? cursorOf(first, true) : null;
  // The rows hold the asked-for columns, plus the sort key for the cursors when it was not asked for.
  const items = (fields.includes(column) ? page : page.map(({ [column]: _, ...rest }) => rest)) as EntityListItem[];
  return { items, nextCursor, prevCursor };
}

/** For the search index: which of a JSON array of ids pass every filter but the text search, and their rows in the array's order. */
function searchById(columns: string, options: ListEntitiesOptions) {
  const where = entitySqlWhere({ ...options, q: undefined });
  const byId = `FROM ${entitiesAmongIds()}`;
  return { select: { sql: `SELECT e."id" ${byId} WHERE ${where.sql}`, params: where.params }, read: `SELECT ${columns} ${byId} ORDER BY j."key"` };
}

function encodeCursor(value: string | Date, id: string, before: boolean): string {
  const key = [value instanceof Date ? value.toISOString() : value, id];
  return Buffer.from(JSON.stringify(before ? [...key, "before"] : key)).toString("base64url");
}

function decodeCursor(cursor: string, column: "name" | "updatedAt"): { value: string | Date; id: string; before: boolean } {
  try {
    const [value, id, before] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown, unknown];
    if (typeof value !== "string" || typeof id !== "string" || (before !== undefined && before !== "before")) throw new Error("shape");
    return { value: column === "updatedAt" ? new Date(value) : value, id, before: before === "before" };
  } catch {
    throw new AppError("validation", "invalid cursor: pass nextCursor from the previous page unchanged", [{ path: "cursor", message: "invalid" }]);
  }
}
