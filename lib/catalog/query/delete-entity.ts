// Delete an entity: portal-owned ones, and orphans (their source no longer defines them). A
// live entity from a repository would come back on the next sync, so it is refused.
import "server-only";
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { assertMayChangeEntity } from "../entity-access";
import { normalizeRef } from "../refs";

export async function deleteEntity(actor: Actor, ref: string): Promise<void> {
  const key = normalizeRef(ref, { namespace: "default" });
  await db.$transaction(async (tx) => {
    const entity = key ? await tx.entity.findUnique({ where: { ref: key } }) : null;
    if (!entity) throw AppError.notFound(`entity '${ref}'`);
    if (entity.managedBy !== "portal" && !entity.orphanedAt) throw new AppError("conflict", `${entity.ref} comes from a repository: remove it there (or wait until it is orphaned)`);
    await assertMayChangeEntity(tx, actor, [entity.ownerRef], "maintainer");
    await tx.entity.delete({ where: { id: entity.id } });
    await recordAudit(tx, actor, {
      action: "entity.delete",
      targetType: "entity",
      targetId: entity.id,
      targetLabel: entity.ref,
      before: { kind: entity.kind, ownerRef: entity.ownerRef, managedBy: entity.managedBy, spec: entity.spec },
    });
  });
}
