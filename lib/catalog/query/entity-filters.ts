// Filters shared by the list, the facets and the export: one where clause builder, so a facet
// count always agrees with the list it sits beside.
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

export type FacetName = "kind" | "type" | "owner" | "lifecycle" | "system" | "tag";

/** The Prisma where clause for the filters, leaving out one facet when counting its values. */
export function entityWhere(filters: EntityFilters, without?: FacetName) {
  const f = filters;
  const has = (name: FacetName) => without !== name && f[name] !== undefined;
  // q: a LIKE over the lowercased searchText column. SQLite scans ~100k short rows in tens of
  // milliseconds. On PostgreSQL a pg_trgm GIN index on "searchText" would make this an index
  // lookup (needs CREATE EXTENSION pg_trgm: a raw migration, not added yet).
  return {
    ...(has("kind") && { kind: canonicalKind(f.kind!) ?? f.kind! }),
    ...(has("type") && { type: f.type! }),
    ...(has("owner") && { ownerRef: normalizeRef(f.owner!, { kind: "group" }) ?? f.owner!.toLowerCase() }),
    ...(has("lifecycle") && { lifecycle: f.lifecycle! }),
    ...(has("system") && { systemRef: normalizeRef(f.system!, { kind: "system" }) ?? f.system!.toLowerCase() }),
    ...(has("tag") && { entityTags: { some: { tag: f.tag!.toLowerCase() } } }),
    ...(f.q !== undefined && { searchText: { contains: f.q.toLowerCase() } }),
    ...(f.orphan === true && { orphanedAt: { not: null } }),
    ...(f.orphan === false && { orphanedAt: null }),
  };
}
