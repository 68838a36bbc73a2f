// The one mapping between a parsed descriptor and its Entity row: indexed columns (type,
// lifecycle, owner and system as normalized refs), JSON columns (always written: they have no
// database default) and the lowercased search text.
import { normalizeRef } from "./refs";
import type { ParsedEntity } from "./parse/types";

export type EntityRowData = {
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  description: string | null;
  type: string | null;
  lifecycle: string | null;
  ownerRef: string | null;
  systemRef: string | null;
  tags: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  links: { url: string; title?: string | undefined; icon?: string | undefined; type?: string | undefined }[];
  spec: Record<string, unknown>;
  searchText: string;
};

const str = (v: unknown) => (typeof v === "string" && v ? v : null);

export function searchTextOf(e: { name: string; title: string | null; description: string | null; tags: string[] }): string {
  return [e.name, e.title ?? "", e.description ?? "", e.tags.join(" ")].join(" ").toLowerCase().slice(0, 4000);
}

export function toEntityRow(entity: ParsedEntity): EntityRowData {
  const { metadata, spec, kind } = entity;
  const ns = { namespace: metadata.namespace };
  const owner = str(spec.owner);
  const system = ["Component", "API", "Resource"].includes(kind) ? str(spec.system) : null;
  const row = {
    ref: entity.ref,
    kind,
    namespace: metadata.namespace,
    name: metadata.name,
    title: metadata.title ?? null,
    description: metadata.description ?? null,
    type: str(spec.type),
    lifecycle: str(spec.lifecycle),
    ownerRef: owner ? normalizeRef(owner, { kind: "group", ...ns }) : null,
    systemRef: system ? normalizeRef(system, { kind: "system", ...ns }) : null,
    tags: metadata.tags,
    labels: metadata.labels,
    annotations: metadata.annotations,
    links: metadata.links,
    spec,
  };
  return { ...row, searchText: searchTextOf(row) };
}

/** The fields an import compares, in the order a diff lists them. */
export const comparedFields = ["title", "description", "type", "lifecycle", "ownerRef", "systemRef", "tags", "labels", "annotations", "links", "spec"] as const;
export type ComparedField = (typeof comparedFields)[number];
export type FieldChange = { field: ComparedField; before: unknown; after: unknown };

// Key order in JSON columns is not meaningful (PostgreSQL's jsonb even reorders keys).
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

export function diffEntity(before: Pick<EntityRowData, ComparedField>, after: EntityRowData): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of comparedFields) {
    if (stable(before[field] ?? null) !== stable(after[field] ?? null)) changes.push({ field, before: before[field] ?? null, after: after[field] });
  }
  return changes;
}
