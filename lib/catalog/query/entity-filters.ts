// Filters shared by the list and the facets: one place that turns them into a SQL where clause,
// so a facet count always agrees with the list it sits beside.
import { isPostgres } from "../../db/dialect";
import { canonicalKind, normalizeRef } from "../refs";

export type EntityFilters = {
  kind?: string | undefined;
  type?: string | undefined;
  /** A group name ("payments") or any ref ("user:default/ada"). */
  owner?: string | undefined;
  lifecycle?: string | undefined;
  /** A system name or ref. */
  system?: string | undefined;
  tag?: string | undefined;
  /** Text search over name, title, description and tags. */
  q?: string | undefined;
  /** true: only orphans; false: no orphans; undefined: both. */
  orphan?: boolean | undefined;
};

/** The facet filters normalized to the stored values (kinds canonical, refs lowercased). */
function normalized(f: EntityFilters) {
  return {
    kind: f.kind === undefined ? undefined : (canonicalKind(f.kind) ?? f.kind),
    type: f.type,
    ownerRef: f.owner === undefined ? undefined : (normalizeRef(f.owner, { kind: "group" }) ?? f.owner.toLowerCase()),
    lifecycle: f.lifecycle,
    systemRef: f.system === undefined ? undefined : (normalizeRef(f.system, { kind: "system" }) ?? f.system.toLowerCase()),
    tag: f.tag?.toLowerCase(),
    q: f.q === undefined ? undefined : normalizedQuery(f.q),
  };
}

/** A text search as searchText holds it: lowercased. */
export function normalizedQuery(q: string): string {
  return q.toLowerCase();
}

export type FacetName = "kind" | "type" | "owner" | "lifecycle" | "system" | "tag";

/**
 * A FROM clause for the search index's statements: "Entity" e joined to j, the elements of a
 * JSON array of ids (the statement's first parameter), j."value" the id and j."key" its
 * position. SQLite's CROSS JOIN keeps its planner on this order: the ids first, each row by
 * primary key.
 */
export function entitiesAmongIds(): string {
  return isPostgres()
    ? `jsonb_array_elements_text(CAST(? AS jsonb)) WITH ORDINALITY j("value", "key") JOIN "Entity" e ON e."id" = j."value"`
    : `json_each(?) j CROSS JOIN "Entity" e ON e."id" = j."value"`;
}

/** The filters as SQL over "Entity" e (leaving out one facet when counting its values): conditions joined with AND, and their parameters. */
export function entitySqlWhere(filters: EntityFilters, without?: FacetName): { sql: string; params: unknown[] } {
  const n = normalized(filters);
  const conditions: string[] = [];
  const params: unknown[] = [];
  const equals = [["kind", "kind", n.kind], ["type", "type", n.type], ["owner", "ownerRef", n.ownerRef], ["lifecycle", "lifecycle", n.lifecycle], ["system", "systemRef", n.systemRef]] as const;
  for (const [facet, column, value] of equals) {
    if (value === undefined || facet === without) continue;
    conditions.push(`e."${column}" = ?`);
    params.push(value);
  }
  if (n.tag !== undefined && without !== "tag") {
    conditions.push(`EXISTS (SELECT 1 FROM "EntityTag" t WHERE t."entityId" = e."id" AND t."tag" = ?)`);
    params.push(n.tag);
  }
  if (n.q !== undefined) {
    // searchText is stored lowercased, so a substring test is case-insensitive. PostgreSQL
    // answers LIKE from its trigram index; SQLite scans the (name, id, searchText) index in
    // order, where instr() costs half of what LIKE's pattern matching does.
    if (isPostgres()) {
      conditions.push(`e."searchText" LIKE ? ESCAPE '\\'`);
      params.push(`%${n.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    } else {
      conditions.push(`instr(e."searchText", ?) > 0`);
      params.push(n.q);
    }
  }
  if (filters.orphan === true) conditions.push(`e."orphanedAt" IS NOT NULL`);
  // Nearly every entity is not an orphan: on SQLite, `+` keeps the planner off the orphanedAt
  // index (a search with orphan=false went from 2 ms to 66 ms through it).
  if (filters.orphan === false) conditions.push(isPostgres() ? `e."orphanedAt" IS NULL` : `+e."orphanedAt" IS NULL`);
  return { sql: conditions.join(" AND ") || "1 = 1", params };
}
