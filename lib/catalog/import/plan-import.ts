// What an import would do, from reads only: parse, compare each entity with its row, and
// refuse what the actor or source may not write. previewImport returns it; applyImport writes it.
import "server-only";
import { can, type Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { diffEntity, toEntityRow, type EntityRowData } from "../entity-row";
import { parseCatalogFiles } from "../parse/parse-catalog-files";
import type { CatalogFile, DocumentError, ParsedEntity } from "../parse/types";
import { splitRef } from "../refs";
import type { ImportEntityResult, ImportOptions, ImportSource } from "./types";

export type Existing = { id: string; ref: string; managedBy: string; locationId: string | null; orphanedAt: Date | null } & Pick<
  EntityRowData,
  "title" | "description" | "type" | "lifecycle" | "ownerRef" | "systemRef" | "tags" | "labels" | "annotations" | "links" | "spec"
>;
export type PlannedEntity = { entity: ParsedEntity; row: EntityRowData; existing: Existing | null; result: ImportEntityResult };
export type ImportPlan = {
  planned: PlannedEntity[];
  errors: DocumentError[];
  warnings: DocumentError[];
  /** Refs this location lost to another location that defined them first. */
  conflicts: { ref: string; ownerLocationId: string }[];
  /** Files with a rejected document: their entities are not orphaned on this run. */
  failedFiles: Set<string>;
};

const existingSelect = {
  id: true, ref: true, managedBy: true, locationId: true, orphanedAt: true, title: true, description: true, type: true,
  lifecycle: true, ownerRef: true, systemRef: true, tags: true, labels: true, annotations: true, links: true, spec: true,
} as const;

export async function planImport(actor: Actor, files: CatalogFile[], source: ImportSource, options: ImportOptions = {}): Promise<ImportPlan> {
  const parsed = await parseCatalogFiles(files, options.reader);
  const errors = [...parsed.errors];
  const refs = parsed.entities.map((e) => e.ref);
  const existingByRef = new Map<string, Existing>();
  for (let i = 0; i < refs.length; i += 500) {
    const rows = await db.entity.findMany({ where: { ref: { in: refs.slice(i, i + 500) } }, select: existingSelect });
    for (const r of rows) existingByRef.set(r.ref, r as Existing);
  }
  const mayWrite = await ownerCheck(actor, parsed.entities, existingByRef);
  const locationId = source.locationId ?? null;
  const conflicts: ImportPlan["conflicts"] = [];
  const planned: PlannedEntity[] = [];

  for (const entity of parsed.entities) {
    const at = { file: entity.source.file, documentIndex: entity.source.documentIndex, line: entity.source.line, fieldPath: "" };
    const existing = existingByRef.get(entity.ref) ?? null;
    const refusal = refuse(entity, existing, locationId, mayWrite);
    if (refusal) {
      errors.push({ ...at, message: refusal });
      if (existing?.locationId && locationId && existing.managedBy === "location") conflicts.push({ ref: entity.ref, ownerLocationId: existing.locationId });
      continue;
    }
    const row = toEntityRow(entity);
    const changes = existing ? diffEntity(existing, row) : [];
    const status = !existing ? "created" : changes.length ? "changed" : "unchanged";
    const { kind, namespace, name } = splitRef(entity.ref);
    planned.push({ entity, row, existing, result: { ref: entity.ref, kind, namespace, name, file: at.file, documentIndex: at.documentIndex, status, changes } });
  }
  const failedFiles = new Set(errors.map((e) => e.file));
  return { planned, errors: sortErrors(errors), warnings: parsed.warnings, conflicts, failedFiles };
}

function refuse(entity: ParsedEntity, existing: Existing | null, locationId: string | null, mayWrite: (e: ParsedEntity, x: Existing | null) => string | null) {
  if (existing?.managedBy === "location" && existing.locationId && existing.locationId !== locationId) {
    return locationId
      ? `${entity.ref} is already defined by another location (first one wins)`
      : `${entity.ref} comes from a repository: edit it in its repository`;
  }
  return mayWrite(entity, existing);
}

/**
 * Team rights, decided once for the whole import: a Group or User needs "teams.manage" (they
 * are the portal's teams and people); an entity owned by a team needs membership of that team
 * (before and after the change) unless the actor manages teams.
 */
async function ownerCheck(actor: Actor, entities: ParsedEntity[], existing: Map<string, Existing>) {
  if (can(actor, "teams.manage")) return () => null;
  if (!can(actor, "write")) return () => "your role does not allow changing the catalog";
  const teamSlug = (ref: string | null) => (ref?.startsWith("group:default/") ? ref.slice("group:default/".length) : null);
  const slugs = new Set<string>();
  for (const e of entities) {
    for (const ref of [toEntityRow(e).ownerRef, existing.get(e.ref)?.ownerRef ?? null]) {
      const slug = teamSlug(ref);
      if (slug) slugs.add(slug);
    }
  }
  const teams = await db.team.findMany({
    where: { slug: { in: [...slugs] } },
    select: { slug: true, members: { where: { userId: actor.userId ?? "" }, select: { userId: true } } },
  });
  const isMember = new Map(teams.map((t) => [t.slug, t.members.length > 0]));
  return (e: ParsedEntity, x: Existing | null) => {
    if (e.kind === "Group" || e.kind === "User") return `importing a ${e.kind} changes the portal's teams and people: ask an admin or platform engineer`;
    for (const ref of [toEntityRow(e).ownerRef, x?.ownerRef ?? null]) {
      const slug = teamSlug(ref);
      if (slug && isMember.get(slug) === false) return `${e.ref} is owned by team '${slug}', and you are not a member of it`;
    }
    return null;
  };
}

function sortErrors(errors: DocumentError[]) {
  return errors.sort((a, b) => a.file.localeCompare(b.file) || (a.documentIndex ?? -1) - (b.documentIndex ?? -1));
}
