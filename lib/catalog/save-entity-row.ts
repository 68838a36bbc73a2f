// Write one entity (create or replace) with its tags, relations and team/person sync: the
// single-entity path used by createEntity and updateEntity. Imports use their batch path.
import "server-only";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { toEntityRow } from "./entity-row";
import { syncGroupsToTeams, syncUsersToPeople } from "./import/sync-teams";
import type { ParsedEntity } from "./parse/types";
import { deriveRelations, insertRelations, resolvePendingRelations } from "./relations";

export async function saveEntityRow(tx: Tx, entity: ParsedEntity, existingId: string | null) {
  const { spec, ...row } = toEntityRow(entity);
  const data = { ...row, spec: spec as Prisma.InputJsonObject, managedBy: "portal", locationId: null, orphanedAt: null };
  let id: string;
  if (existingId) {
    id = (await tx.entity.update({ where: { id: existingId }, data, select: { id: true } })).id;
    await tx.entityTag.deleteMany({ where: { entityId: id } });
    await tx.entityRelation.deleteMany({ where: { sourceId: id } });
  } else {
    id = (await tx.entity.create({ data, select: { id: true } })).id;
  }
  const tags = [...new Set(row.tags)];
  if (tags.length) await tx.entityTag.createMany({ data: tags.map((tag) => ({ entityId: id, tag, kind: entity.kind })) });
  await insertRelations(tx, deriveRelations(entity.kind, entity.spec, entity.metadata.namespace).map((r) => ({ sourceId: id, ...r })));
  if (!existingId) await resolvePendingRelations(tx, [entity.ref]);
  if (entity.kind === "Group") await syncGroupsToTeams(tx, [entity], false);
  if (entity.kind === "User") await syncUsersToPeople(tx, [entity], false);
  return { id, row: { ...row, spec } };
}
