import "server-only";
// Remove a location. Its entities stay in the catalog as orphans (marked, not deleted): people
// may still link to them, and a team can delete or re-home each one deliberately.
import { assertCan, type Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import { AppError } from "../../errors";

export async function deleteLocation(actor: Actor, id: string) {
  assertCan(actor, "catalog.locations");
  return db.$transaction(async (tx) => {
    const location = await tx.location.findUnique({ where: { id }, select: { id: true, type: true, target: true } });
    if (!location) throw AppError.notFound(`location '${id}'`);
    const orphaned = await tx.entity.updateMany({ where: { locationId: id, orphanedAt: null }, data: { orphanedAt: new Date() } });
    // The relation sets Entity.locationId to null, so another location may adopt them later.
    await tx.location.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "location.delete", targetType: "location", targetId: id, targetLabel: `${location.type}:${location.target}`, before: location, after: { orphaned: orphaned.count } });
    return { orphaned: orphaned.count };
  });
}
