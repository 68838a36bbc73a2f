// Multi-row INSERTs for imports. Prisma's createMany costs ~0.3 ms per row in its JavaScript
// engine, which alone would use most of the 10 s budget for 10,000 entities; one raw INSERT
// per few hundred rows is ~10x faster. Values are always bound parameters, never spliced in.
import "server-only";
import type { Tx } from "../db/client";
import { isPostgres, sqlParam } from "../db/dialect";

type Value = string | number | boolean | null | Date | object;

// Stay under SQLite's 32,766 bound parameters (PostgreSQL allows 65,535).
const MAX_PARAMS = 30_000;

function toSql(value: Value, pg: boolean): string | number | null {
  if (value === null) return null;
  if (value instanceof Date) return pg ? value.toISOString() : value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return pg ? String(value) : value ? 1 : 0;
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

/** INSERT rows (all with the same columns) into a table, in as few statements as the limits allow. */
export async function insertRows(tx: Tx, table: string, rows: Record<string, Value>[]) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const pg = isPostgres();
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const args: (string | number | null)[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((c) => {
        args.push(toSql(row[c] ?? null, pg));
        // PostgreSQL infers a parameter's type from the column only for plain VALUES; be explicit.
        return pg ? `${sqlParam(args.length)}${pgCast[c] ?? ""}` : sqlParam(args.length);
      });
      return `(${marks.join(", ")})`;
    });
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(", ")}`, ...args);
  }
}

const pgCast: Record<string, string> = {
  tags: "::jsonb", labels: "::jsonb", annotations: "::jsonb", links: "::jsonb", spec: "::jsonb", syncErrors: "::jsonb",
  createdAt: "::timestamp", updatedAt: "::timestamp", syncedAt: "::timestamp", orphanedAt: "::timestamp", isDemo: "::boolean",
};
