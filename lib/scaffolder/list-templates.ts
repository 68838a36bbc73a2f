import "server-only";
// The gallery: every Template entity of the catalog (built-in and registered), filtered by
// text, type, tag and owner, with the facets to filter by.
import type { Actor } from "../auth/actor";
import { normalizeRef } from "../catalog/refs";
import { db } from "../db/client";
import { parseInput } from "../errors";
import { listTemplatesQuerySchema, type ListTemplatesQuery, type TemplateSummary } from "./schemas";
import { BUILTIN_LOCATION } from "./sync-builtin-templates";

type SummaryRow = {
  ref: string;
  name: string;
  namespace: string;
  title: string | null;
  description: string | null;
  type: string | null;
  ownerRef: string | null;
  tags: unknown;
  location: { type: string; target: string } | null;
};

/** A Template entity's row as the gallery (and getTemplate) shows it. */
export function templateSummary(r: SummaryRow): TemplateSummary {
  return {
    ref: r.ref,
    name: r.name,
    namespace: r.namespace,
    title: r.title ?? r.name,
    description: r.description,
    type: r.type,
    ownerRef: r.ownerRef,
    tags: Array.isArray(r.tags) ? (r.tags as string[]) : [],
    isBuiltin: r.location?.type === BUILTIN_LOCATION.type && r.location.target === BUILTIN_LOCATION.target,
  };
}

export async function listTemplates(_actor: Actor, query: ListTemplatesQuery = {}) {
  const q = parseInput(listTemplatesQuerySchema, query, "query");
  const owner = q.owner ? normalizeRef(q.owner, { kind: "group" }) : null;
  const rows = await db.entity.findMany({
    where: {
      kind: "Template",
      orphanedAt: null,
      ...(q.type && { type: q.type }),
      ...(owner && { ownerRef: owner }),
      ...(q.tag && { entityTags: { some: { tag: q.tag } } }),
      ...(q.q && { searchText: { contains: q.q.toLowerCase() } }),
    },
    orderBy: [{ title: "asc" }, { name: "asc" }],
    take: 500,
    select: { ref: true, name: true, namespace: true, title: true, description: true, type: true, ownerRef: true, tags: true, location: { select: { type: true, target: true } } },
  });
  const all = await db.entity.findMany({ where: { kind: "Template", orphanedAt: null }, select: { type: true, ownerRef: true, tags: true }, take: 2000 });
  const items = rows.map(templateSummary);
  const sorted = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  return {
    items,
    facets: { types: sorted(all.map((t) => t.type)), owners: sorted(all.map((t) => t.ownerRef)), tags: sorted(all.flatMap((t) => (Array.isArray(t.tags) ? (t.tags as string[]) : []))) },
  };
}
