// Counts per filter value for the catalog's filter sidebar. Each facet applies every filter
// except its own, so picking a kind still shows the other kinds' counts.
import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { entityWhere, type EntityFilters, type FacetName } from "./entity-filters";

export type FacetValue = { value: string; count: number };
export type EntityFacets = Record<FacetName, FacetValue[]>;

const columns = { kind: "kind", type: "type", owner: "ownerRef", lifecycle: "lifecycle", system: "systemRef" } as const;
const TOP = 100;

export async function getEntityFacets(_actor: Actor, filters: EntityFilters): Promise<EntityFacets> {
  const counted = await Promise.all(
    (Object.keys(columns) as (keyof typeof columns)[]).map(async (facet) => {
      const column = columns[facet];
      const groups = await db.entity.groupBy({
        by: [column],
        where: { ...entityWhere(filters, facet), ...(column !== "kind" && { [column]: { not: null } }) },
        _count: { _all: true },
        orderBy: { _count: { [column]: "desc" } },
        take: TOP,
      });
      return [facet, byCount(groups.map((g) => ({ value: String(g[column]), count: g._count._all })))] as const;
    }),
  );
  const tags = await db.entityTag.groupBy({
    by: ["tag"],
    where: { entity: entityWhere(filters, "tag") },
    _count: { _all: true },
    orderBy: { _count: { tag: "desc" } },
    take: TOP,
  });
  return { ...(Object.fromEntries(counted) as Omit<EntityFacets, "tag">), tag: byCount(tags.map((t) => ({ value: t.tag, count: t._count._all }))) };
}

// Most used first; ties by value, so the sidebar does not reshuffle between requests.
const byCount = (values: FacetValue[]) => values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
