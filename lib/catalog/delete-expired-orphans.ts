import "server-only";
import { subDays } from "date-fns";
import { systemActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";

/**
 * Delete entities that have been orphans (their source no longer defines them) for longer than
 * the grace period. Relations pointing at them become unresolved, as for a person's delete.
 */
export async function deleteExpiredOrphans(db: Db, graceDays: number, now = new Date()) {
  const expired = await db.entity.findMany({ where: { orphanedAt: { lt: subDays(now, graceDays) } }, select: { id: true, ref: true }, take: 1000 });
  if (!expired.length) return 0;
  await db.$transaction(async (tx) => {
    await tx.entity.deleteMany({ where: { id: { in: expired.map((e) => e.id) } } });
    await recordAudit(tx, systemActor, {
      action: "catalog.orphans.delete",
      targetType: "entity",
      targetId: expired.length === 1 ? expired[0]!.id : "many",
      targetLabel: `${expired.length} orphaned for over ${graceDays} days`,
      before: { refs: expired.map((e) => e.ref) },
    });
  });
  return expired.length;
}
