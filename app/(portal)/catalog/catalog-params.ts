// The catalog's state lives in the URL (filters, search, sort, columns, cursor) so a view can be
// shared; this file reads it and writes the links that change one part of it.
import type { EntityListField, EntitySort } from "@/lib/catalog/schemas";

export type RawParams = Record<string, string | string[] | undefined>;

export const facetNames = ["kind", "type", "owner", "lifecycle", "system", "tag"] as const;
export type Facet = (typeof facetNames)[number];

/** Optional columns, in table order; the name column is always shown. */
export const columns = {
  title: { label: "Title", fields: ["title"] },
  kind: { label: "Kind", fields: ["kind"] },
  type: { label: "Type", fields: ["type"] },
  owner: { label: "Owner", fields: ["ownerRef"] },
  system: { label: "System", fields: ["systemRef"] },
  lifecycle: { label: "Lifecycle", fields: ["lifecycle"] },
  tags: { label: "Tags", fields: ["tags"] },
  description: { label: "Description", fields: ["description"] },
  updated: { label: "Updated", fields: ["updatedAt"] },
  source: { label: "Source", fields: ["managedBy", "syncedAt"] },
} as const satisfies Record<string, { label: string; fields: EntityListField[] }>;
export type Column = keyof typeof columns;
export const defaultColumns: Column[] = ["kind", "type", "owner", "system", "lifecycle", "tags"];

const sorts: EntitySort[] = ["name", "-name", "updatedAt", "-updatedAt"];

export type CatalogState = {
  filters: Partial<Record<Facet, string>>;
  q: string | undefined;
  orphan: boolean;
  sort: EntitySort;
  cols: Column[];
  /** cols exactly as given, so links keep a custom choice and leave the default out of the URL. */
  colsParam: string | undefined;
  cursor: string | undefined;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function parseCatalogParams(params: RawParams): CatalogState {
  const filters: CatalogState["filters"] = {};
  for (const f of facetNames) {
    const v = first(params[f]);
    if (v && v.length <= 200) filters[f] = v;
  }
  // cols comes comma-separated from links and repeated from the column chooser's checkboxes.
  const rawCols = ([] as string[]).concat(params.cols ?? []).flatMap((c) => c.split(","));
  const cols = rawCols.filter((c): c is Column => c in columns);
  const sort = first(params.sort);
  const q = first(params.q);
  return {
    filters,
    q: q ? q.slice(0, 100) : undefined,
    orphan: first(params.orphan) === "true",
    sort: sorts.includes(sort as EntitySort) ? (sort as EntitySort) : "name",
    cols: params.cols === undefined ? defaultColumns : (Object.keys(columns) as Column[]).filter((c) => cols.includes(c)),
    colsParam: params.cols === undefined ? undefined : (Object.keys(columns) as Column[]).filter((c) => cols.includes(c)).join(","),
    cursor: first(params.cursor),
  };
}

/** The catalog URL for a state, with `change` applied; any change but paging starts from page one. */
export function catalogHref(state: CatalogState, change: Partial<Omit<CatalogState, "filters">> & { filters?: Partial<Record<Facet, string | undefined>> } = {}): string {
  const next = { ...state, cursor: undefined, ...change, filters: { ...state.filters, ...change.filters } };
  const params = new URLSearchParams();
  for (const f of facetNames) if (next.filters[f]) params.set(f, next.filters[f]!);
  if (next.q) params.set("q", next.q);
  if (next.orphan) params.set("orphan", "true");
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.colsParam !== undefined) params.set("cols", next.colsParam);
  if (next.cursor) params.set("cursor", next.cursor);
  const query = params.toString();
  return query ? `/catalog?${query}` : "/catalog";
}

export function isFiltered(state: CatalogState): boolean {
  return Object.keys(state.filters).length > 0 || !!state.q || state.orphan;
}

/** The fields the table needs: what the row always shows plus the chosen columns. */
export function fieldsFor(cols: Column[]): EntityListField[] {
  const always: EntityListField[] = ["kind", "namespace", "name", "orphanedAt", "isDemo"];
  return [...new Set([...always, ...cols.flatMap((c) => columns[c].fields)])];
}
