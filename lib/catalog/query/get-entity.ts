// One entity in Backstage's shape with all its relations, the stored (forward) ones and the
// inverse ones read through targetId, plus the portal's own facts under `flightdeck`.
import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
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

/** `ref` is "kind:namespace/name" (namespace optional, any case). Not found is a 404 AppError. */
export async function getEntity(_actor: Actor, ref: string): Promise<EntityDetail> {
  const key = normalizeRef(ref, { namespace: "default" });
  const entity = key
    ? await db.entity.findUnique({
        where: { ref: key },
        include: {
          location: { select: { id: true, type: true, target: true } },
          relations: { select: { type: true, targetRef: true, targetId: true } },
          incoming: { select: { type: true, source: { select: { ref: true } } } },
        },
      })
    : null;
  if (!entity) throw AppError.notFound(`entity '${ref}'`);
  const seen = new Set<string>();
  const relations: EntityRelationView[] = [];
  const add = (type: string, targetRef: string, resolved: boolean) => {
    if (seen.has(`${type} ${targetRef}`)) return; // declared on both sides (children + parent)
    seen.add(`${type} ${targetRef}`);
    relations.push({ type, targetRef, target: splitRef(targetRef), resolved });
  };
  for (const r of entity.relations) add(r.type, r.targetRef, r.targetId !== null);
  for (const r of entity.incoming) add(inverseRelation[r.type] ?? r.type, r.source.ref, true);
  relations.sort((a, b) => a.type.localeCompare(b.type) || a.targetRef.localeCompare(b.targetRef));
  return {
    ...toDescriptor(entity, { uid: true }),
    relations,
    flightdeck: {
      ref: entity.ref,
      managedBy: entity.managedBy,
      location: entity.location,
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
