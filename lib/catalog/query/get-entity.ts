// One entity in Backstage's shape with all its relations, the stored (forward) ones and the
// inverse ones read through targetId, plus the portal's own facts under `flightdeck`. Two plain
// SQL statements on the driver (lib/db/read.ts): the entity with its location, then its
// relations both ways.
import "server-only";
import type { Actor } from "../../auth/actor";
import { decodeRow, readRows } from "../../db/read";
import { AppError } from "../../errors";
import { inverseRelation } from "../relations";
import { normalizeRef, splitRef } from "../refs";
import { toDescriptor, type BackstageEntity } from "../to-descriptor";

export type EntityRelationView = { type: string; targetRef: string; target: { kind: string; namespace: string; name: string }; resolved: boolean };
export type EntityDetail = BackstageEntity & {
  relations: EntityRelationView[];
  flightdeck: {
    ref: string;
    managedBy: string;
    location: { id: string; type: string; target: string } | null;
    sourceUrl: string | null;
    sourceRepo: string | null;
    sourcePath: string | null;
    sourceCommit: string | null;
    syncedAt: Date | null;
    syncErrors: unknown;
    orphanedAt: Date | null;
    conflictLocationId: string | null;
    isDemo: boolean;
    createdAt: Date;
    updatedAt: Date;
  };
};

const entitySql = `SELECT e.*, l."id" AS "locId", l."type" AS "locType", l."target" AS "locTarget"
  FROM "Entity" e LEFT JOIN "Location" l ON l."id" = e."locationId" WHERE e."ref" = ?`;
const relationsSql = `SELECT TRUE AS "outgoing", r."type", r."targetRef" AS "ref", r."targetId" FROM "EntityRelation" r WHERE r."sourceId" = ?
  UNION ALL
  SELECT FALSE AS "outgoing", r."type", s."ref", r."targetId" FROM "EntityRelation" r JOIN "Entity" s ON s."id" = r."sourceId" WHERE r."targetId" = ?`;
const columnTypes = {
  json: ["tags", "labels", "annotations", "links", "spec", "syncErrors"],
  date: ["syncedAt", "orphanedAt", "createdAt", "updatedAt"],
  bool: ["isDemo"],
} as const;

type EntityRow = {
  id: string; ref: string; kind: string; namespace: string; name: string; title: string | null; description: string | null;
  tags: unknown; labels: unknown; annotations: unknown; links: unknown; spec: unknown;
  managedBy: string; sourceUrl: string | null; sourceRepo: string | null; sourcePath: string | null; sourceCommit: string | null;
  syncedAt: Date | null; syncErrors: unknown; orphanedAt: Date | null; conflictLocationId: string | null; isDemo: boolean;
  createdAt: Date; updatedAt: Date; locId: string | null; locType: string | null; locTarget: string | null;
};

/** `ref` is "kind:namespace/name" (namespace optional, any case). Not found is a 404 AppError. */
export async function getEntity(_actor: Actor, ref: string): Promise<EntityDetail> {
  const key = normalizeRef(ref, { namespace: "default" });
  const [row] = key ? await readRows(entitySql, [key]) : [];
  if (!row) throw AppError.notFound(`entity '${ref}'`);
  const entity = decodeRow<EntityRow>(row, columnTypes);
  const links = await readRows(relationsSql, [entity.id, entity.id]);
  const seen = new Set<string>();
  const relations: EntityRelationView[] = [];
  const add = (type: string, targetRef: string, resolved: boolean) => {
    if (seen.has(`${type} ${targetRef}`)) return; // declared on both sides (children + parent)
    seen.add(`${type} ${targetRef}`);
    relations.push({ type, targetRef, target: splitRef(targetRef), resolved });
  };
  for (const r of links.filter((l) => l.outgoing === 1 || l.outgoing === true)) add(r.type as string, r.ref as string, r.targetId !== null);
  for (const r of links.filter((l) => l.outgoing === 0 || l.outgoing === false)) add(inverseRelation[r.type as string] ?? (r.type as string), r.ref as string, true);
  relations.sort((a, b) => a.type.localeCompare(b.type) || a.targetRef.localeCompare(b.targetRef));
  return {
    ...toDescriptor(entity, { uid: true }),
    relations,
    flightdeck: {
      ref: entity.ref,
      managedBy: entity.managedBy,
      location: entity.locId ? { id: entity.locId, type: entity.locType!, target: entity.locTarget! } : null,
      sourceUrl: entity.sourceUrl,
      sourceRepo: entity.sourceRepo,
      sourcePath: entity.sourcePath,
      sourceCommit: entity.sourceCommit,
      syncedAt: entity.syncedAt,
      syncErrors: entity.syncErrors,
      orphanedAt: entity.orphanedAt,
      conflictLocationId: entity.conflictLocationId,
      isDemo: entity.isDemo,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    },
  };
}
