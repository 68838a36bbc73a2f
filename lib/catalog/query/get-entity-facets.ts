// Counts per filter value for the catalog's filter sidebar. Each facet applies every filter
// except its own, so picking a kind still shows the other kinds' counts. Plain SQL on the driver
// (lib/db/read.ts) over indexes made for it: (kind, column) per facet, and EntityTag(kind, tag).
// A count reads every row it counts, so these run as scans (off the server's thread on SQLite).
// Under a text search the counts are over the search index's matches, read by primary key,
// instead of a test of every entity's text per facet (100k entities, a common word: 680 -> 94 ms).
import "server-only";
import type { Actor } from "../../auth/actor";
import { readMatchingRows, readRows } from "../../db/read";
import { entitiesAmongIds, entitySqlWhere, normalizedQuery, type EntityFilters, type FacetName } from "./entity-filters";

export type FacetValue = { value: string; count: number };
export type EntityFacets = Record<FacetName, FacetValue[]>;

const columns = { kind: "kind", type: "type", owner: "ownerRef", lifecycle: "lifecycle", system: "systemRef" } as const;

/** `top`: the most used values per facet (the API gives 100, the page fewer). */
export async function getEntityFacets(_actor: Actor, filters: EntityFilters, top = 100): Promise<EntityFacets> {
  const counted = await Promise.all(
    (Object.keys(columns) as (keyof typeof columns)[]).map(async (facet) => {
      const column = columns[facet];
      const rows = await countBy(`e."${column}"`, "", `e."${column}" IS NOT NULL`, filters, facet, top);
      return [facet, byCount(rows.map(toValue))] as const;
    }),
  );
  return { ...(Object.fromEntries(counted) as Omit<EntityFacets, "tag">), tag: byCount((await tagCounts(filters, top)).map(toValue)) };
}

/**
 * `SELECT value, COUNT(*) … GROUP BY value`, the most used first, over "Entity" e (and `join`)
 * under every filter but `facet`'s. With a text search, the same over the search index's
 * matches when it is current: the entities are read from those first.
 */
function countBy(value: string, join: string, test: string, filters: EntityFilters, facet: FacetName, top: number) {
  const statement = (entities: string, where: { sql: string; params: unknown[] }) => ({
    sql: `SELECT ${value} AS "value", COUNT(*) AS "count" FROM ${entities}${join} WHERE ${test} AND ${where.sql} GROUP BY ${value} ORDER BY COUNT(*) DESC, ${value} LIMIT ?`,
    params: [...where.params, top],
  });
  const fallback = statement(`"Entity" e`, entitySqlWhere(filters, facet));
  if (filters.q === undefined) return readRows(fallback.sql, fallback.params, { scans: true });
  const query = statement(entitiesAmongIds(), entitySqlWhere({ ...filters, q: undefined }, facet));
  return readMatchingRows({ q: normalizedQuery(filters.q), query, fallback });
}

/** With no filter but kind (the common case) the counts come from EntityTag alone. */
function tagCounts(filters: EntityFilters, top: number) {
  const { kind, tag: _tag, ...others } = filters;
  const onlyKind = Object.values(others).every((v) => v === undefined);
  if (onlyKind) {
    const where = kind === undefined ? { sql: "1 = 1", params: [] } : { sql: `t."kind" = ?`, params: entitySqlWhere({ kind }).params };
    return readRows(`SELECT t."tag" AS "value", COUNT(*) AS "count" FROM "EntityTag" t WHERE ${where.sql} GROUP BY t."tag" ORDER BY COUNT(*) DESC, t."tag" LIMIT ?`, [...where.params, top], { scans: true });
  }
  return countBy(`t."tag"`, ` JOIN "EntityTag" t ON t."entityId" = e."id"`, "1 = 1", filters, "tag", top);
}

// PostgreSQL counts are bigint (strings from the driver).
const toValue = (row: Record<string, unknown>): FacetValue => ({ value: String(row.value), count: Number(row.count) });

// Most used first; ties by value the same way on both databases, so the sidebar does not reshuffle.
const byCount = (values: FacetValue[]) => values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
