// The catalog table: filters, text search, keyset pagination on (sort key, id) and only the
// columns asked for. A page is one indexed query, whatever the page number, run as plain SQL on
// the driver (lib/db/read.ts): this is the portal's busiest query.
import "server-only";
import type { Actor } from "../../auth/actor";
import { decodeRow, readRows } from "../../db/read";
import { AppError } from "../../errors";
import { defaultListFields, type EntityListField, type EntitySort } from "../schemas";
import { entitySqlWhere, type EntityFilters } from "./entity-filters";

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
export type EntityPage = { items: EntityListItem[]; nextCursor: string | null };

/** Any signed-in user may read the catalog, so the actor is only taken for symmetry and future rules. */
export async function listEntities(_actor: Actor, options: ListEntitiesOptions): Promise<EntityPage> {
  const sort = options.sort ?? "name";
  const column = sort.replace("-", "") as "name" | "updatedAt";
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const fields = options.fields ?? defaultListFields;
  // Column names come from a fixed list (validated by the schema), never from the request as is.
  const columns = [...new Set(["id", "ref", column, ...fields])].map((c) => `e."${c}"`).join(", ");
  const where = entitySqlWhere(options);
  const after = options.cursor ? decodeCursor(options.cursor, column) : null;
  const op = direction === "asc" ? ">" : "<";
  const keyset = after ? ` AND (e."${column}" ${op} ? OR (e."${column}" = ? AND e."id" ${op} ?))` : "";
  const sql = `SELECT ${columns} FROM "Entity" e WHERE ${where.sql}${keyset} ORDER BY e."${column}" ${direction}, e."id" ${direction} LIMIT ?`;
  const params = [...where.params, ...(after ? [after.value, after.value, after.id] : []), options.limit + 1];
  const rows = (await readRows(sql, params)).map((r) => decodeRow(r, columnTypes));
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > options.limit && last ? encodeCursor(last[column] as string | Date, last.id as string) : null;
  const wanted = new Set<string>(["id", "ref", ...fields]);
  const items = page.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => wanted.has(k))) as EntityListItem);
  return { items, nextCursor };
}

function encodeCursor(value: string | Date, id: string): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString("base64url");
}

function decodeCursor(cursor: string, column: "name" | "updatedAt"): { value: string | Date; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof value !== "string" || typeof id !== "string") throw new Error("shape");
    return { value: column === "updatedAt" ? new Date(value) : value, id };
  } catch {
    throw new AppError("validation", "invalid cursor: pass nextCursor from the previous page unchanged", [{ path: "cursor", message: "invalid" }]);
  }
}
